import graphlib
from graphlib import TopologicalSorter, CycleError
import random
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except CycleError as e: return ('CycleError', e.args)
    except Exception as e: return (type(e).__name__, str(e))
# --- basics
list(TopologicalSorter({'D': {'B', 'C'} and ['B', 'C'], 'C': ['A'], 'B': ['A']}).static_order())
ts = TopologicalSorter(); ts.add(3, 2, 1); ts.add(1, 0); ts.prepare(); ts.get_ready(), ts.is_active(), bool(ts)
ts.done(0); ts.get_ready(), ts.done(1), ts.get_ready()
ts.done(1)
ts.done(3)
ts.done(9)
ts.add(5)
ts.prepare()
TopologicalSorter().get_ready()
attempt(TopologicalSorter({1: [2], 2: [3], 3: [1]}).prepare), attempt(TopologicalSorter({1: [1]}).prepare), list(TopologicalSorter({}).static_order()), TopologicalSorter[int]
# --- fuzz
rng = random.Random(4)
def graph():
    n = rng.randrange(1, 9)
    return {i: [rng.randrange(n) for _ in range(rng.randrange(3))] for i in range(n) if rng.random() < 0.9}
graphs = [graph() for _ in range(400)]
[attempt(lambda g: list(TopologicalSorter(g).static_order()), g) for g in graphs]
def stepwise(g):
    ts = TopologicalSorter(g)
    ts.prepare()
    out = []
    while ts.is_active():
        ready = ts.get_ready()
        out.append(ready)
        for node in reversed(ready):
            ts.done(node)
    return out
[attempt(stepwise, g) for g in graphs]
