import collections
class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 3
    def connect(self):
        pass

c = Config()
for expr in ["c.timout", "c.retry", "c.conect()", "collections.OrderDict", "Config.connekt", "len(lst)", "prnt('x')", "c.xyzzy"]:
    try:
        eval(expr)
    except (AttributeError, NameError) as e:
        import traceback
        print("".join(traceback.format_exception_only(type(e), e)), end="")
def f():
    counter_value = 1
    return counter_valu + 1
try:
    f()
except NameError as e:
    import traceback
    traceback.print_exc()
x = Config()
x.retires
