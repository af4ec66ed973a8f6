import sys
sys.setrecursionlimit(2500)
def f(n): return f(n + 1)
f(0)
