import sys
print(sys.maxsize > 0)
print(sys.getrecursionlimt())
