class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
def scope():
    r = Res("local")
    print("in scope")
scope()
print("after scope")
a = Res("a")
b = a
del a
print("deleted a, b alive")
b = None
print("b rebound")
lst = [Res("x"), Res("y")]
lst.pop()
print("popped")
lst.clear()
print("cleared")
d = {"k": Res("dictval")}
d["k"] = 1
print("replaced")
def make():
    return Res("temp")
make()
print("temp gone")
t = (Res("t1"), Res("t2"))
del t
print("tuple gone")
import sys
o = object()
print(sys.getrefcount(o) >= 2)
keep = Res("kept until exit")
_private = Res("private global")
print("end of program")
