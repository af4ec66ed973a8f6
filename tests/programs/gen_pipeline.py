# Generator pipelines: lazy processing of log lines
LOG = """2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 WARN user=bob action=login attempts=3
2024-01-01 10:01:00 INFO user=alice action=view page=home
2024-01-01 10:02:30 ERROR user=carol action=pay amount=12.50
2024-01-01 10:03:00 INFO user=bob action=logout
malformed line here
2024-01-01 10:04:10 ERROR user=alice action=pay amount=99.99
2024-01-01 10:05:00 INFO user=carol action=login"""
def read_lines(text):
    for line in text.splitlines():
        print("  reading:", line[:19])
        yield line
def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) < 4 or ":" not in parts[1]:
            print("  skipping malformed")
            continue
        date, time, level, *fields = parts
        rec = {"time": time, "level": level}
        for f in fields:
            k, _, v = f.partition("=")
            rec[k] = v
        yield rec
def only(level, records):
    return (r for r in records if r["level"] == level)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipeline = only("ERROR", parse(read_lines(LOG)))
print("pipeline built, nothing read yet")
for rec in take(1, pipeline):
    print("first error:", rec)
print("rest:", [r["user"] for r in pipeline])
records = list(parse(read_lines(LOG)))
by_user = {}
for r in records:
    by_user.setdefault(r["user"], []).append(r["action"])
print(by_user)
total = sum(float(r["amount"]) for r in records if "amount" in r)
print(f"total paid: {total:.2f}")
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def chunked(seq, size):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(size):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk
print(list(chunked("abcdefg", 3)))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique("mississippi")), "".join(unique("hello world")))
