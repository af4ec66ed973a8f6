# pdb: post_mortem on a caught exception (the '>>' line in list, up/down through the traceback, p of locals), pdb.run/runcall/runeval, quit from set_trace caught as BdbQuit, tbreak, jump refused outside the bottom frame
import bdb
import pdb
import sys

def inner(values):
    total = sum(values)
    ratio = total / len(values)
    return ratio

def outer(n):
    items = list(range(n))
    return inner(items)

try:
    outer(0)
except ZeroDivisionError:
    pdb.post_mortem()
print("after post-mortem")

try:
    pdb.post_mortem()
except ValueError as e:
    print("ValueError:", e)

def twice(x):
    y = x * 2
    return y

print("runcall ->", pdb.runcall(twice, 21))
print("runeval ->", pdb.runeval("twice(5) + 1"))
pdb.run("z = twice(4)")
print("z =", z)

def quitter():
    a = 1
    pdb.set_trace()
    a = 2
    return a

try:
    quitter()
except bdb.BdbQuit:
    print("BdbQuit caught")
sys.settrace(None)
print("end")
