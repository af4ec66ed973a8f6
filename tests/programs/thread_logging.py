# logging from several threads (its locks are real now)
import logging
import threading
import io

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
log = logging.getLogger("thr")
log.addHandler(h)
log.setLevel(logging.INFO)
log.propagate = False


def w(k):
    for i in range(3):
        log.info("msg %d %d", k, i)


ts = [threading.Thread(target=w, args=(k,), name="W%d" % k) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("\n".join(sorted(buf.getvalue().splitlines())))
