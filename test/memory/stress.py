# Stress program of test/memory/stress.test.ts (run by tspy): millions of short-lived objects
# and hundreds of thousands of reference cycles. Prints the live tracked objects after each
# round: they must stay bounded (the test also caps the JS heap).
import gc
import sys

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10


class Node:
    def __init__(self, i):
        self.i = i
        self.next = None


def churn(n):
    # short-lived objects: ints, floats, strs, tuples, lists, dicts, instances
    total = 0
    for i in range(n):
        t = (i, i + 0.5, str(i))
        l = [t, i]
        d = {"k": l}
        o = Node(d)
        total += len(l) + len(d) + o.i["k"][1] - i
    return total


def cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(i)
        a.next = b
        b.next = a
        l = []
        l.append(l)


gc.collect()
for r in range(rounds):
    churn(20000)
    cycles(5000)
    gc.collect()
    print(r, len(gc.get_objects()))
