# A generator pipeline: generator functions, generator expressions, yield from, closures.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squares(src):
    yield from (x * x for x in src)

def windows(src, k):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)

def pipeline(n):
    total = 0
    for w in windows(squares(evens(numbers(n))), 3):
        total += w[0] - w[1] + w[2]
    return total

print(pipeline(1000000))
