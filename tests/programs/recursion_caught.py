class A:
    def __init__(self, n):
        self.child = A(n + 1)
try:
    A(0)
except RecursionError as e:
    print("RecursionError", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError in repr")
import sys
print(sys.getrecursionlimit())
