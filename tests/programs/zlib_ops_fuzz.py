# zlib: seeded random sequences of Compress operations (compress pieces of random sizes, flush
# with every mode, copy) and Decompress operations (max_length, flush, copy); digests as python3's.
import zlib, random, hashlib

random.seed(11)
corpus = b"".join(b"%05d %s|" % (i, b"lorem ipsum dolor"[: i % 17]) for i in range(10000))
noise = bytes(random.randrange(256) for _ in range(30000))
modes = [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]

for trial in range(50):
    level = random.choice([-1, 0, 1, 3, 6, 9])
    wbits = random.choice([9, 12, 15, -9, -15, 31])
    mem = random.choice([1, 4, 8, 9])
    strategy = random.randrange(5)
    zdict = random.choice([None, corpus[:100]]) if wbits in (15, -15) else None
    args = (level, zlib.DEFLATED, wbits, mem, strategy) + ((zdict,) if zdict else ())
    co = zlib.compressobj(*args)
    src = random.choice([corpus, noise, corpus[:5000] + noise[:5000]])
    pos = 0
    out = []
    copies = []
    while pos < len(src):
        n = random.choice([1, 10, 1000, 40000])
        out.append(co.compress(src[pos:pos + n]))
        pos += n
        if random.random() < 0.2:
            out.append(co.flush(random.choice(modes)))
        if random.random() < 0.05:
            copies.append((co.copy(), len(out)))
    out.append(co.flush())
    stream = b"".join(out)
    # the split between calls is zlib's too (how many bytes each compress()/flush() returned)
    split = hashlib.sha1(repr([len(o) for o in out]).encode()).hexdigest()[:12]
    print(trial, args[:5], bool(zdict), len(stream), hashlib.sha1(stream).hexdigest()[:12], split)
    for c, _ in copies:
        tail = c.flush()
        print("  copy", len(tail), hashlib.sha1(tail).hexdigest()[:12])
    # decompress in random max_length steps, with a copy midway
    d = zlib.decompressobj(wbits, zdict) if zdict else zlib.decompressobj(wbits)
    got = []
    data = stream + b"tail"
    feed = 0
    while not d.eof:
        if d.unconsumed_tail:
            piece = d.unconsumed_tail
        else:
            step = 1 if random.random() < 0.02 else random.choice([7, 500, 100000])
            piece = data[feed:feed + step]
            feed += step
            if not piece:
                break
        got.append(d.decompress(piece, 1 if random.random() < 0.02 else random.choice([0, 100, 5000])))
        if random.random() < 0.02:
            d2 = d.copy()
            rest = d2.decompress(d2.unconsumed_tail + data[feed:]) + d2.flush()
            print("  dcopy", len(rest), d2.eof, d2.unused_data[:8])
    got.append(d.flush())
    print("  back", b"".join(got) == src, d.eof, d.unused_data[:8], len(d.unconsumed_tail))
