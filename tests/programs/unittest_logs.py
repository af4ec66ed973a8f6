# unittest: assertLogs / assertNoLogs
import logging
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
with t.assertLogs() as cm:
    logging.getLogger("app").warning("careful %d", 1)
    logging.getLogger("app.db").error("broken")
print(cm.output, [r.getMessage() for r in cm.records])
with t.assertLogs("app", level="DEBUG") as cm:
    logging.getLogger("app").debug("fine detail")
print(cm.output)
for how in (lambda: t.assertLogs("quiet"), lambda: t.assertLogs("quiet", "ERROR")):
    try:
        with how():
            logging.getLogger("quiet").info("ignored")
    except AssertionError as e:
        print("AssertionError:", e)
with t.assertNoLogs("silent"):
    pass
try:
    with t.assertNoLogs("silent", level="INFO"):
        logging.getLogger("silent").warning("oops")
except AssertionError as e:
    print("AssertionError:", e)
print(logging.getLogger("app").handlers, logging.getLogger("app").propagate)
