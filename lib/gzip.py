"""Read and write gzip files (RFC 1952) -- tspy's gzip, written over the zlib module.

A gzip file is one or more members: a 10-byte header (magic 1f 8b, method 8, flags, mtime,
extra flags, OS) with optional extra/name/comment/header-CRC fields, a raw deflate stream, and
an 8-byte trailer (CRC-32 and length modulo 2**32 of the uncompressed data, little-endian).
Members may be separated by runs of NUL bytes.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

# values of GzipFile.mode
READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_MAGIC = b"\x1f\x8b"
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"
_INPUT_CHUNK = io.DEFAULT_BUFFER_SIZE
_OS_UNKNOWN = 255


class BadGzipFile(OSError):
    """Raised when the data is not a valid gzip file."""


def _extra_flags(level):
    # XFL: 2 = slowest/best, 4 = fastest
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _member_header(level, mtime, name=b""):
    flags = FNAME if name else 0
    head = bytearray(_MAGIC)
    head += struct.pack("<BBIBB", zlib.DEFLATED, flags, int(mtime) & 0xFFFFFFFF,
                        _extra_flags(level), _OS_UNKNOWN)
    if name:
        head += name + b"\0"
    return bytes(head)


def write32u(output, value):
    """Write `value` to the file `output` as 4 little-endian bytes."""
    output.write(struct.pack("<L", value))


def _trailer(crc, size):
    return struct.pack("<II", crc & 0xFFFFFFFF, size & 0xFFFFFFFF)


def _parse_header(take):
    """Read one member header through take(n) (at most n bytes, fewer only at the end).

    Returns the member's mtime, or None when the input ends before the first byte."""
    magic = take(2)
    if not magic:
        return None
    if magic != _MAGIC:
        raise BadGzipFile("Not a gzipped file (%r)" % magic)

    def exactly(n):
        got = take(n)
        while len(got) < n:
            more = take(n - len(got))
            if not more:
                raise EOFError(_TRUNCATED)
            got += more
        return got

    method, flags, mtime, _xfl, _os = struct.unpack("<BBIBB", exactly(8))
    if method != zlib.DEFLATED:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        (n,) = struct.unpack("<H", exactly(2))
        exactly(n)
    for bit in (FNAME, FCOMMENT):
        if flags & bit:
            while exactly(1) != b"\0":
                pass
    if flags & FHCRC:
        exactly(2)
    return mtime


class _Source:
    """The compressed input: a file object plus bytes pushed back (a member's leftovers)."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.back = b""

    def take(self, n):
        if self.back:
            piece, self.back = self.back[:n], self.back[n:]
            return piece
        return self.fileobj.read(n)

    def push_back(self, data):
        if data:
            self.back = bytes(data) + self.back

    def skip_padding(self):
        """Drop the NUL bytes allowed after a member; False at the end of the input."""
        while True:
            piece = self.take(_INPUT_CHUNK)
            if not piece:
                return False
            rest = piece.lstrip(b"\0")
            if rest:
                self.push_back(rest)
                return True


class _MemberReader:
    """Turns the members of a gzip stream into uncompressed chunks, checking each trailer."""

    def __init__(self, fileobj):
        self.src = _Source(fileobj)
        self.inflater = None  # None between members
        self.crc = 0
        self.size = 0
        self.last_mtime = None
        self.members = 0
        self.done = False

    def _start_member(self):
        if self.members and not self.src.skip_padding():
            return False
        mtime = _parse_header(self.src.take)
        if mtime is None:
            return False
        self.last_mtime = mtime
        self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self.members += 1
        self.crc = 0
        self.size = 0
        return True

    def _end_member(self):
        inf = self.inflater
        self.src.push_back(inf.unused_data)
        tail = self.src.take(8)
        while len(tail) < 8:
            more = self.src.take(8 - len(tail))
            if not more:
                raise EOFError(_TRUNCATED)
            tail += more
        crc, size = struct.unpack("<II", tail)
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if size != self.size & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        self.inflater = None

    def chunk(self, limit):
        """Up to `limit` (> 0) uncompressed bytes; b'' at the end of the last member."""
        while not self.done:
            if self.inflater is not None and self.inflater.eof:
                # the trailer is checked on the call after the member's last data
                self._end_member()
            if self.inflater is None and not self._start_member():
                self.done = True
                break
            inf = self.inflater
            data = self.src.take(_INPUT_CHUNK)
            out = inf.decompress(data, limit)
            if out:
                self.crc = zlib.crc32(out, self.crc)
                self.size += len(out)
            # at the end of the stream the leftover input is unused_data (and, when an
            # output limit was hit earlier, repeated in unconsumed_tail): _end_member takes it
            if not inf.eof:
                self.src.push_back(inf.unconsumed_tail)
                if not data and not out:
                    raise EOFError(_TRUNCATED)
            if out:
                return out
        return b""


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing gzip data, like an uncompressed binary file.

    Reading decompresses all members in turn; writing produces one member, finished by
    close()."""

    myfileobj = None
    fileobj = None
    mode = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
            if mode.startswith(("w", "a", "x")):
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future "
                              "Python releases.  Specify the mode argument for opening it for "
                              "writing.", FutureWarning, 2)

        self.name = filename
        self._reader = None
        self._pending = b""     # decompressed bytes not yet returned (read mode)
        self._offset = 0        # position in the uncompressed data
        # fileobj and mode are set last: a GzipFile that failed to initialise closes as a no-op
        if mode.startswith("r"):
            self._reader = _MemberReader(fileobj)
            self.fileobj, self.mode = fileobj, READ
        elif mode.startswith(("w", "a", "x")):
            self._level = compresslevel
            self._deflater = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            self._crc = 0
            self._size = 0
            self._write_mtime = mtime
            self.fileobj, self.mode = fileobj, WRITE
            self._emit_header()
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

    # -- properties --------------------------------------------------------------------------

    @property
    def mtime(self):
        """The modification time in the last member header read (None before any)."""
        return self._reader.last_mtime if self._reader is not None else None

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def closed(self):
        return self.fileobj is None

    def __repr__(self):
        inner = repr(self.fileobj)
        return "<gzip " + inner[1:-1] + " " + hex(id(self)) + ">"

    # -- writing -----------------------------------------------------------------------------

    def _emit_header(self):
        name = os.path.basename(self.name)
        if isinstance(name, str):
            try:
                name = name.encode("latin-1")
            except UnicodeEncodeError:
                name = b""
        if name.endswith(b".gz"):
            name = name[:-3]
        when = self._write_mtime
        if when is None:
            when = time.time()
        self.fileobj.write(_member_header(self._level, when, name))

    def _need(self, what):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if what == WRITE and self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if what == READ and self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")

    def write(self, data):
        self._need(WRITE)
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
        if n > 0:
            self.fileobj.write(self._deflater.compress(data))
            self._size += n
            self._crc = zlib.crc32(data, self._crc)
            self._offset += n
        return n

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if self.mode == WRITE:
            self.fileobj.write(self._deflater.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        f = self.fileobj
        if f is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                f.write(self._deflater.flush())
                f.write(_trailer(self._crc, self._size))
            self._reader = None
        finally:
            own = self.myfileobj
            if own is not None:
                self.myfileobj = None
                own.close()

    # -- reading -----------------------------------------------------------------------------

    def _fill(self, want):
        """Make self._pending hold at least `want` bytes unless the data ends first."""
        parts = [self._pending]
        have = len(self._pending)
        while have < want:
            piece = self._reader.chunk(max(want - have, _INPUT_CHUNK))
            if not piece:
                break
            parts.append(piece)
            have += len(piece)
        self._pending = b"".join(parts)

    def _take(self, n):
        out, self._pending = self._pending[:n], self._pending[n:]
        self._offset += len(out)
        return out

    def read(self, size=-1):
        self._need(READ)
        if size is None or size < 0:
            parts = [self._pending]
            self._offset += len(self._pending)
            self._pending = b""
            while True:
                piece = self._reader.chunk(1 << 20)
                if not piece:
                    break
                self._offset += len(piece)
                parts.append(piece)
            return b"".join(parts)
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._need(READ)
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0:
            return b""
        if not self._pending:
            self._pending = self._reader.chunk(max(size, _INPUT_CHUNK))
        return self._take(size)

    def peek(self, n):
        self._need(READ)
        if not self._pending:
            self._pending = self._reader.chunk(max(n, _INPUT_CHUNK))
        return self._pending

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast("B")
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._need(READ)
        if size is None:
            size = -1
        parts = []
        got = 0
        while size < 0 or got < size:
            if not self._pending:
                self._pending = self._reader.chunk(_INPUT_CHUNK)
                if not self._pending:
                    break
            end = self._pending.find(b"\n") + 1
            if end == 0:
                end = len(self._pending)
            if size >= 0:
                end = min(end, size - got)
            piece = self._take(end)
            parts.append(piece)
            got += len(piece)
            if piece.endswith(b"\n"):
                break
        return b"".join(parts)

    # -- positioning -------------------------------------------------------------------------

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._pending = b""
        self._offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self._offset
            elif whence != io.SEEK_SET:
                raise ValueError("Seek from end not supported")
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            gap = offset - self._offset
            zeros = bytes(1024)
            while gap > 0:
                step = min(gap, 1024)
                self.write(zeros[:step])
                gap -= step
            return self._offset
        self._need(READ)
        if whence == io.SEEK_CUR:
            offset += self._offset
        elif whence == io.SEEK_END:
            # the size is known only after reading to the end
            while self.read(1 << 16):
                pass
            offset += self._offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self.read(min(offset - self._offset, 1 << 16)):
                break
        return self._offset


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt', 'wt', ...) mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for arg, label in ((encoding, "encoding"), (errors, "errors"), (newline, "newline")):
            if arg is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % label)
    binmode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        raw = GzipFile(filename, binmode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        raw = GzipFile(None, binmode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(raw, io.text_encoding(encoding), errors, newline)
    return raw


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip member holding `data` (mtime defaults to now; 0 lets zlib write the header)."""
    if mtime == 0:
        return zlib.compress(data, compresslevel, 31)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    return _member_header(compresslevel, mtime) + body + _trailer(zlib.crc32(data), memoryview(data).nbytes)


def decompress(data):
    """The uncompressed contents of all the gzip members in `data`."""
    try:
        view = memoryview(data).cast("B")
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
    pos = 0
    out = []

    def take(n):
        nonlocal pos
        piece = bytes(view[pos:pos + n])
        pos += len(piece)
        return piece

    while True:
        if out:
            # NUL padding may follow a member
            while pos < len(view) and view[pos] == 0:
                pos += 1
        if _parse_header(take) is None:
            return b"".join(out)
        inf = zlib.decompressobj(-zlib.MAX_WBITS)
        member = inf.decompress(view[pos:])
        if not inf.eof or len(inf.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<II", inf.unused_data[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if size != len(member) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        out.append(member)
        pos = len(view) - len(inf.unused_data) + 8


def main():
    """python -m gzip [-d] [--fast|--best] [file ...]: compress (or decompress) files."""
    import argparse
    import sys
    parser = argparse.ArgumentParser(description="A simple command line interface for the gzip module: act like gzip, but do not delete the input file.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--fast", action="store_true", help="compress faster")
    group.add_argument("--best", action="store_true", help="compress better")
    group.add_argument("-d", "--decompress", action="store_true", help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar="file")
    opts = parser.parse_args()
    level = _COMPRESS_LEVEL_FAST if opts.fast else _COMPRESS_LEVEL_BEST if opts.best else _COMPRESS_LEVEL_TRADEOFF
    for arg in opts.args:
        if opts.decompress:
            if arg == "-":
                src = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                dst = sys.stdout.buffer
            else:
                if arg[-3:] != ".gz":
                    sys.exit("filename doesn't end in .gz: %r" % arg)
                src = open(arg, "rb")
                dst = builtins.open(arg[:-3], "wb")
        else:
            if arg == "-":
                src = sys.stdin.buffer
                dst = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer, compresslevel=level)
            else:
                src = builtins.open(arg, "rb")
                dst = open(arg + ".gz", "wb", level)
        while True:
            block = src.read(io.DEFAULT_BUFFER_SIZE)
            if not block:
                break
            dst.write(block)
        if dst is not sys.stdout.buffer:
            dst.close()
        if src is not sys.stdin.buffer:
            src.close()


if __name__ == "__main__":
    main()
