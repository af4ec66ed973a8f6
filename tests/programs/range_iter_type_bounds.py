# which iterator type range() gives near the C long bounds (range_iterator / longrange_iterator)
import pickle, sys
M = sys.maxsize
for r in (range(10), range(M - 2, M, 2), range(M - 1, M), range(M - 2, M - 1, 2), range(-M - 1, -M, 1),
          range(-M, -M - 1, -1), range(-M + 1, -M - 1, -3), range(M, M), range(0, M, M), range(M + 1),
          range(2**64, 2**64 + 3), range(5, -5, -2)):
    it = iter(r)
    print(r, type(it).__name__, type(pickle.loads(pickle.dumps(it))).__name__, list(iter(r))[:2] if len(r) < 10**6 else '')
