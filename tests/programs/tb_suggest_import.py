from sys import getrecursionlimit, maxsize
print(maxsize > 0)
from sys import getrecusionlimit
