# ThreadPoolExecutor.map keeps order; submit/as_completed results sorted
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_COMPLETED


def sq(x):
    return x * x


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(sq, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futs = [ex.submit(sq, i) for i in range(8)]
    print(sorted(f.result() for f in as_completed(futs)))
    done, not_done = wait(futs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    f = ex.submit(sum, [1, 2, 3])
    done, _ = wait([f], return_when=FIRST_COMPLETED)
    print(f in done, f.result(), f.done(), f.exception())
