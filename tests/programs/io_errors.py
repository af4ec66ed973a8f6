# open() argument errors and OSError details
import io
for args, kwargs in [
    ((), {}),
    (("/tmp/tspy_corpus_io_errors.txt", "rw"), {}),
    (("/tmp/tspy_corpus_io_errors.txt", "rr"), {}),
    (("/tmp/tspy_corpus_io_errors.txt", "q"), {}),
    (("/tmp/tspy_corpus_io_errors.txt", "rbt"), {}),
    (("/tmp/tspy_corpus_io_errors.txt", "+"), {}),
    (("/tmp/tspy_corpus_io_errors.txt", "rb"), {"encoding": "utf-8"}),
    (("/tmp/tspy_corpus_io_errors.txt", "rb"), {"errors": "strict"}),
    (("/tmp/tspy_corpus_io_errors.txt", "rb"), {"newline": "\n"}),
    (("/tmp/tspy_corpus_io_errors.txt", "w"), {"newline": "x"}),
    (("/tmp/tspy_corpus_io_errors.txt", "w"), {"newline": 5}),
    (("/tmp/tspy_corpus_io_errors.txt", "w"), {"buffering": 0}),
    (("/tmp/tspy_corpus_io_errors.txt", "w"), {"encoding": "no-such-codec"}),
    (("/tmp/tspy_corpus_io_errors.txt", 5), {}),
    ((3.5,), {}),
    (([],), {}),
    ((None,), {}),
    (("/tmp/tspy_corpus_io_errors.txt",), {"bogus": 1}),
    (("/tmp/tspy_no_such_dir/x.txt",), {}),
    (("/tmp",), {}),
    (("/tmp", "w"), {}),
    (("",), {}),
]:
    try:
        f = open(*args, **kwargs)
        print("opened", args, kwargs)
        f.close()
    except (ValueError, TypeError, OSError, LookupError) as e:
        print(type(e).__name__, e)
try:
    open("/tmp/tspy_no_such_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
except OSError:
    print("wrong class")
# writing the wrong type
with open("/tmp/tspy_corpus_io_errors.txt", "w") as f:
    for bad in [b"bytes", 5, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open("/tmp/tspy_corpus_io_errors.txt", "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open("/tmp/tspy_corpus_io_errors.txt") as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    for bad in [(1, 1), (1, 2), (-1,), (0, 3)]:
        try:
            f.seek(*bad)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
with open("/tmp/tspy_corpus_io_errors.txt", "rb") as f:
    for bad in [(-1,), (0, 5)]:
        try:
            f.seek(*bad)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
print(io.UnsupportedOperation.__mro__[1:3], io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open, issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
