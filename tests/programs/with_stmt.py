class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)
with Ctx("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Ctx("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def f():
    with Ctx("ret"):
        return "returned"
print(f())
for i in range(3):
    with Ctx(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
