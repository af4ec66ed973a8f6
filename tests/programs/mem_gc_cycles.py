# The cycle collector: what gc.collect() finds, finalizers (PEP 442), resurrection,
# DEBUG_SAVEALL, callbacks, tracking rules.
import gc

gc.collect()
gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Loud:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Loud.log.append(self.name)
        print("__del__", self.name)


def report(label):
    n = gc.collect()
    print(label, n)


# simple cycles
a = Node("a"); a.other = a; del a
report("self cycle")
a, b = Node("a"), Node("b"); a.other = b; b.other = a; del a, b
report("two nodes")
l = []; l.append(l); del l
report("list")
d = {}; d["self"] = d; del d
report("dict")
l1, l2 = [], []; l1.append(l2); l2.append(l1); del l1, l2
report("two lists")
t = ([],); t[0].append(t); del t
report("tuple+list")

# materialised instance dicts count as objects
a = Node("a"); a.__dict__; a.other = a; del a
report("dict materialised")

# functions with attributes, closures
def f():
    pass
f.me = f; del f
report("function dict")

def make_closure():
    def inner():
        return inner
    return inner
g = make_closure(); del g
report("closure cycle")

# a cycle keeping other objects alive: only containers are counted
big = Node("big"); big.other = [big, "text", 12345678, (1, 2), {"k": [1]}]
del big
report("cycle with payload")

# nothing to collect
x = [1, 2, 3]
report("no garbage")
del x

# finalizers run once, in the order the collector finds the objects
a, b, c = Loud("a"), Loud("b"), Loud("c")
a.other = b; b.other = c; c.other = a
del a, b, c
print("collecting")
report("three with __del__")
print(Loud.log)


# resurrection: the object survives and its finalizer never runs again
class Phoenix:
    saved = None

    def __del__(self):
        print("Phoenix.__del__")
        Phoenix.saved = self


p = Phoenix(); p.me = p; del p
report("resurrect")
print(Phoenix.saved is not None, gc.is_finalized(Phoenix.saved))
Phoenix.saved.me = None
Phoenix.saved = None
report("after release")

# a finalizer that resurrects another member of the cycle
class Keeper:
    kept = []

    def __del__(self):
        Keeper.kept.append(self.partner)


k1, k2 = Keeper(), Keeper()
k1.partner = k2; k2.partner = k1
del k1, k2
report("resurrect partner")
print(len(Keeper.kept))
Keeper.kept.clear()
report("release partner")

# DEBUG_SAVEALL keeps the garbage in gc.garbage
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l); del l
report("saveall")
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage[0].clear()
del gc.garbage[:]
report("cleared")
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

# callbacks
events = []
def cb(phase, info):
    events.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
n = Node("n"); n.other = n; del n
gc.collect(1)
gc.collect()
gc.callbacks.remove(cb)
for e in events:
    print(e)

# thresholds and switches
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()
gc.collect()
print(gc.get_count()[1:])
for bad in ["gc.collect(3)", "gc.collect(-1)", "gc.collect('x')", "gc.get_objects(3)", "gc.get_objects(-2)", "gc.set_threshold()"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))

# freeze
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

# get_objects contains tracked containers only
marker = [object()]
print(any(o is marker for o in gc.get_objects()))
print(any(o is marker for o in gc.get_objects(generation=0)) or any(o is marker for o in gc.get_objects(2)))
