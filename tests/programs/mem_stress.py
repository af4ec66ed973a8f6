# Many short-lived objects and reference cycles: the automatic collections keep memory
# bounded (live tracked objects stay small), finalizers all run, weakrefs all die.
import gc
import weakref

gc.collect()
base = len(gc.get_objects())


class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None


class Finalized:
    count = 0

    def __del__(self):
        Finalized.count += 1


peak = 0
dead = 0
def on_death(_):
    global dead
    dead += 1

for round_ in range(20):
    refs = []
    for i in range(5000):
        a, b = Node(i), Node(-i)
        a.peer, b.peer = b, a          # a two-node cycle
        l = [a, {"b": b}]
        l.append(l)                    # a list that contains itself
        f = Finalized()
        f.me = f                       # a finalizer in a cycle
        refs.append(weakref.ref(a, on_death))
        x = (i, str(i), [i] * 3)       # plain short-lived garbage
    del a, b, l, f, x
    live = len(gc.get_objects()) - base
    peak = max(peak, live)
    gc.collect()
    refs.clear()

gc.collect()
print("collections happened", sum(s["collections"] for s in gc.get_stats()) > 20)
print("bounded", peak < 60000)
print("all finalized", Finalized.count == 20 * 5000)
print("weakref callbacks", dead == 20 * 5000)
print("back to base", len(gc.get_objects()) - base < 100)
