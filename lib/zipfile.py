"""Read and write ZIP archives -- tspy's zipfile (stored and deflated members, ZIP64 reading,
traditional PKWARE decryption), written from the APPNOTE format description.

Archive layout: for each member a local header (PK\\3\\4) followed by its data (and, when it
was written to an unseekable stream, a data descriptor PK\\7\\8 with the CRC and sizes), then
the central directory (one PK\\1\\2 record per member) and the end record (PK\\5\\6, preceded
by the ZIP64 end record PK\\6\\6 and its locator PK\\6\\7 when counts or offsets overflow).
All integers are little-endian.
"""

import binascii
import io
import os
import posixpath
import shutil
import stat
import struct
import sys
import time

try:
    import zlib
except ImportError:
    zlib = None
crc32 = binascii.crc32 if zlib is None else zlib.crc32

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a ZIP archive would need ZIP64 extensions that are disabled."""


error = BadZipfile = BadZipFile

# compression methods
ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14

# beyond these a record needs ZIP64 fields
ZIP64_LIMIT = 0x7FFFFFFF
ZIP_FILECOUNT_LIMIT = 0xFFFF
ZIP_MAX_COMMENT = 0xFFFF

# "version needed to extract" (tens = major version)
DEFAULT_VERSION, ZIP64_VERSION, BZIP2_VERSION, LZMA_VERSION = 20, 45, 46, 63
MAX_EXTRACT_VERSION = LZMA_VERSION

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
    6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode",
    12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}

# record signatures and fixed-part layouts
_SIG_LOCAL = b"PK\003\004"
_SIG_CENTRAL = b"PK\001\002"
_SIG_END = b"PK\005\006"
_SIG_END64 = b"PK\006\006"
_SIG_LOCATOR64 = b"PK\006\007"
_SIG_DESCRIPTOR = 0x08074B50

_LOCAL = struct.Struct("<4sBBHHHHLLLHH")            # 30 bytes
_CENTRAL = struct.Struct("<4sBBBBHHHHLLLHHHHHLL")   # 46 bytes
_END = struct.Struct("<4sHHHHLLH")                  # 22 bytes
_END64 = struct.Struct("<4sQHHLLQQQQ")              # 56 bytes
_LOCATOR64 = struct.Struct("<4sLQL")                # 20 bytes

_FLAG_ENCRYPTED = 0x1
_FLAG_LZMA_EOS = 0x2
_FLAG_DESCRIPTOR = 0x8
_FLAG_PATCHED = 0x20
_FLAG_STRONG = 0x40
_FLAG_UTF8 = 0x800

_EXTRA_ZIP64 = 0x0001
_READ_CHUNK = 4096


def _dos_stamp(date_time):
    """(dosdate, dostime) of a (Y, M, D, h, m, s) tuple (seconds in 2-second steps)."""
    y, mo, d, h, mi, s = date_time[:6]
    return ((y - 1980) << 9) | (mo << 5) | d, (h << 11) | (mi << 5) | (s // 2)


def _from_dos(dosdate, dostime):
    return ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
            dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)


def _drop_extra(extra, kinds):
    """`extra` without the fields whose header id is in `kinds`."""
    kept = []
    pos = 0
    while pos + 4 <= len(extra):
        kind, size = struct.unpack("<HH", extra[pos:pos + 4])
        end = pos + 4 + size
        if kind not in kinds:
            kept.append(extra[pos:end])
        pos = end
    kept.append(extra[pos:])
    return b"".join(kept)


_strip_extra = _drop_extra

# record sizes, signatures and layouts under the names other code uses
sizeFileHeader, sizeCentralDir, sizeEndCentDir = _LOCAL.size, _CENTRAL.size, _END.size
sizeEndCentDir64, sizeEndCentDir64Locator = _END64.size, _LOCATOR64.size
stringFileHeader, stringCentralDir, stringEndArchive = _SIG_LOCAL, _SIG_CENTRAL, _SIG_END
stringEndArchive64, stringEndArchive64Locator = _SIG_END64, _SIG_LOCATOR64
structFileHeader, structCentralDir, structEndArchive = _LOCAL.format, _CENTRAL.format, _END.format
structEndArchive64, structEndArchive64Locator = _END64.format, _LOCATOR64.format
_MASK_ENCRYPTED, _MASK_COMPRESS_OPTION_1 = _FLAG_ENCRYPTED, _FLAG_LZMA_EOS
_MASK_USE_DATA_DESCRIPTOR, _MASK_COMPRESSED_PATCH = _FLAG_DESCRIPTOR, _FLAG_PATCHED
_MASK_STRONG_ENCRYPTION, _MASK_UTF_FILENAME = _FLAG_STRONG, _FLAG_UTF8


def _check_compression(method):
    if method == ZIP_STORED:
        return
    if method == ZIP_DEFLATED:
        if zlib is None:
            raise RuntimeError("Compression requires the (missing) zlib module")
        return
    if method == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if method == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo(object):
    """What the archive records about one member."""

    __slots__ = (
        "orig_filename", "filename", "date_time", "compress_type", "_compresslevel",
        "comment", "extra", "create_system", "create_version", "extract_version",
        "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
        "header_offset", "CRC", "compress_size", "file_size", "_raw_time",
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        cut = filename.find("\0")
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s" % compressor_names.get(self.compress_type, self.compress_type))
        mode_bits = self.external_attr >> 16
        dos_bits = self.external_attr & 0xFFFF
        if mode_bits:
            parts.append(" filemode=%r" % stat.filemode(mode_bits))
        if dos_bits:
            parts.append(" external_attr=%#x" % dos_bits)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def _name_and_flags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _FLAG_UTF8

    def _needed_version(self, zip64):
        need = ZIP64_VERSION if zip64 else 0
        if self.compress_type == ZIP_DEFLATED:
            need = max(need, 20)
        elif self.compress_type == ZIP_BZIP2:
            need = max(need, BZIP2_VERSION)
        elif self.compress_type == ZIP_LZMA:
            need = max(need, LZMA_VERSION)
        return need

    def FileHeader(self, zip64=None):
        """The local header record (with the name and extra field) for this member."""
        dosdate, dostime = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = csize = usize = 0     # they follow the data instead
        else:
            crc, csize, usize = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        if zip64 is None:
            zip64 = usize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack("<HHQQ", _EXTRA_ZIP64, 16, usize, csize)
            csize = usize = 0xFFFFFFFF
        need = self._needed_version(zip64)
        self.extract_version = max(need, self.extract_version)
        self.create_version = max(need, self.create_version)
        name, flags = self._name_and_flags()
        head = _LOCAL.pack(_SIG_LOCAL, self.extract_version, self.reserved, flags,
                           self.compress_type, dostime, dosdate, crc, csize, usize,
                           len(name), len(extra))
        return head + name + extra

    def _decodeExtra(self):
        """Take 64-bit sizes and offset from a ZIP64 extra field where the record says 0xFFFFFFFF."""
        extra = self.extra
        pos = 0
        while pos + 4 <= len(extra):
            kind, size = struct.unpack("<HH", extra[pos:pos + 4])
            if pos + 4 + size > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (kind, size))
            if kind == _EXTRA_ZIP64:
                body = extra[pos + 4:pos + 4 + size]
                for attr, label in (("file_size", "File size"), ("compress_size", "Compress size"),
                                    ("header_offset", "Header offset")):
                    if getattr(self, attr) in (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
                        if len(body) < 8:
                            raise BadZipFile("Corrupt zip64 extra field. %s not found." % label)
                        setattr(self, attr, struct.unpack("<Q", body[:8])[0])
                        body = body[8:]
            pos += 4 + size

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file `filename` (its mtime and mode), named `arcname` in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        when = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if when[0] < 1980:
                when = (1980, 1, 1, 0, 0, 0)
            elif when[0] > 2107:
                when = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0:1] in (os.sep, os.altsep) and arcname[0:1]:
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        info = cls(arcname, when)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        return self.filename[-1:] == "/"


# ---- traditional PKWARE encryption (reading) ---------------------------------------------------

def _crc_byte_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_BYTE = None


class _ZipDecrypter:
    """The three-key stream cipher of APPNOTE 6.1; a new one per member, keyed by the password."""

    def __init__(self, pwd):
        global _CRC_BYTE
        if _CRC_BYTE is None:
            _CRC_BYTE = _crc_byte_table()
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self._mix(b)

    def _mix(self, b):
        t = _CRC_BYTE
        self.k0 = (self.k0 >> 8) ^ t[(self.k0 ^ b) & 0xFF]
        self.k1 = ((self.k1 + (self.k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = (self.k2 >> 8) ^ t[(self.k2 ^ (self.k1 >> 24)) & 0xFF]

    def __call__(self, data):
        out = bytearray(len(data))
        for i, c in enumerate(data):
            k = self.k2 | 2
            p = c ^ (((k * (k ^ 1)) >> 8) & 0xFF)
            self._mix(p)
            out[i] = p
        return bytes(out)


# ---- reading a member -----------------------------------------------------------------------

class _Window:
    """Reads of one byte range of the archive file, seeking before each read (several members
    may be open at once over the same file)."""

    def __init__(self, fp, start, length):
        self.fp = fp
        self.pos = start
        self.left = length

    def read(self, n):
        n = min(n, self.left)
        if n <= 0:
            return b""
        self.fp.seek(self.pos)
        data = self.fp.read(n)
        self.pos += len(data)
        self.left -= len(data)
        return data


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: decompresses (and decrypts) on the fly, checks the CRC at the end."""

    MIN_READ_SIZE = 4096

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        # True: close fileobj with the member; a callable: call it with fileobj instead
        self._close_fileobj = close_fileobj
        self._info = zipinfo
        self._pwd = pwd
        self.mode = mode
        self.name = zipinfo.filename
        self._compress_type = zipinfo.compress_type
        self._expected_crc = zipinfo.CRC if hasattr(zipinfo, "CRC") else None
        self._data_start = fileobj.tell()
        self._restart()

    def _restart(self):
        info = self._info
        self._source = _Window(self._fileobj, self._data_start, info.compress_size)
        self._decrypt = None
        self._enc_header = None
        if self._pwd is not None:
            # encrypted data starts with a 12-byte header (counted in compress_size)
            self._decrypt = _ZipDecrypter(self._pwd)
            self._enc_header = self._decrypt(self._source.read(12))
        if self._compress_type == ZIP_DEFLATED:
            self._inflater = zlib.decompressobj(-15)
        else:
            self._inflater = None
        self._buffer = b""
        self._crc = 0
        self._left = info.file_size   # uncompressed bytes still expected
        self._pos = 0
        self._eof = False

    def __repr__(self):
        if self.closed:
            return "<%s.%s [closed]>" % (type(self).__module__, type(self).__qualname__)
        text = "<%s.%s name=%r mode=%r" % (type(self).__module__, type(self).__qualname__,
                                          self.name, self.mode)
        if self._compress_type != ZIP_STORED:
            text += " compress_type=%s" % compressor_names.get(self._compress_type, self._compress_type)
        return text + ">"

    def _more(self):
        """Append the next piece of uncompressed data to the buffer; False once at the end.

        The member ends when file_size bytes came out (extra output is dropped) or when the
        compressed bytes (or the deflate stream) end; the CRC is checked then."""
        if self._eof:
            return False
        raw = b""
        if self._source.left > 0:
            raw = self._source.read(self.MIN_READ_SIZE)
            if not raw:
                raise EOFError
            if self._decrypt is not None:
                raw = self._decrypt(raw)
        if self._inflater is None:
            out = raw
            finished = self._source.left <= 0
        else:
            out = self._inflater.decompress(raw)
            finished = self._inflater.eof or self._source.left <= 0
        out = out[:self._left]
        self._left -= len(out)
        if self._left <= 0 or finished:
            self._eof = True
        if out:
            self._crc = zlib.crc32(out, self._crc) if zlib else binascii.crc32(out, self._crc)
            self._buffer += out
        if self._eof and self._expected_crc is not None and self._crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return True

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._fileobj.seekable()

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            while self._more():
                pass
            out, self._buffer = self._buffer, b""
        else:
            while len(self._buffer) < n and self._more():
                pass
            out, self._buffer = self._buffer[:n], self._buffer[n:]
        self._pos += len(out)
        return out

    def read1(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            return self.read(n)
        if not self._buffer:
            self._more()
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        self._pos += len(out)
        return out

    def peek(self, n=1):
        while len(self._buffer) < n and self._more():
            pass
        return self._buffer[:512]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if limit is None:
            limit = -1
        while True:
            nl = self._buffer.find(b"\n")
            if nl >= 0:
                end = nl + 1
                break
            if 0 <= limit <= len(self._buffer) or not self._more():
                end = len(self._buffer)
                break
        if 0 <= limit < end:
            end = limit
        out, self._buffer = self._buffer[:end], self._buffer[end:]
        self._pos += len(out)
        return out

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._pos

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._fileobj.seekable():
            raise io.UnsupportedOperation("underlying stream is not seekable")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._pos + offset
        elif whence == 2:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        if target < self._pos:
            self._restart()
        while self._pos < target:
            if not self.read(min(target - self._pos, 1 << 16)):
                break
        return self._pos

    def close(self):
        if self.closed:
            return
        try:
            closer, self._close_fileobj = self._close_fileobj, False
            if callable(closer):
                closer(self._fileobj)
            elif closer:
                self._fileobj.close()
        finally:
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """A member being written: compresses into the archive; close() records its CRC and sizes."""

    def __init__(self, zf, zinfo, zip64):
        self._zipfile = zf
        self._zinfo = zinfo
        self._zip64 = zip64
        self._fileobj = zf.fp
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            self._deflater = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                                              zlib.DEFLATED, -15)
        else:
            self._deflater = None
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileRefCnt(self):
        return self._zipfile._fileRefCnt

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
        self._file_size += n
        self._crc = zlib.crc32(data, self._crc) if zlib else binascii.crc32(data, self._crc)
        if self._deflater is not None:
            data = self._deflater.compress(data)
        self._compress_size += len(data)
        self._fileobj.write(data)
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            zinfo = self._zinfo
            if self._deflater is not None:
                tail = self._deflater.flush()
                self._compress_size += len(tail)
                self._fileobj.write(tail)
            zinfo.compress_size = self._compress_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            zf = self._zipfile
            if zinfo.flag_bits & _FLAG_DESCRIPTOR:
                layout = "<LLQQ" if self._zip64 else "<LLLL"
                self._fileobj.write(struct.pack(layout, _SIG_DESCRIPTOR, zinfo.CRC,
                                                zinfo.compress_size, zinfo.file_size))
                zf.start_dir = self._fileobj.tell()
            else:
                # rewrite the local header now that the CRC and sizes are known
                zf.start_dir = self._fileobj.tell()
                self._fileobj.seek(zinfo.header_offset)
                self._fileobj.write(zinfo.FileHeader(self._zip64))
                self._fileobj.seek(zf.start_dir)
            zf.filelist.append(zinfo)
            zf.NameToInfo[zinfo.filename] = zinfo
        finally:
            self._zipfile._writing = False


class _CountingWriter:
    """Wraps an unseekable output stream, counting the bytes written so tell() works."""

    def __init__(self, stream):
        self._stream = stream
        self._written = 0

    def tell(self):
        return self._written

    def write(self, data):
        count = self._stream.write(data)
        self._written += count
        return count

    def flush(self):
        return self._stream.flush()

    def close(self):
        return self._stream.close()


# ---- locating the central directory ------------------------------------------------------------

def _find_end_record(fp):
    """The end record as a list [signature, disk, cd disk, entries here, entries, cd size,
    cd offset, comment length, comment, position of the record], or None."""
    fp.seek(0, 2)
    size = fp.tell()
    if size < _END.size:
        return None
    # the usual case: no archive comment, the record is the last 22 bytes
    fp.seek(size - _END.size)
    tail = fp.read()
    if len(tail) == _END.size and tail[:4] == _SIG_END and tail[-2:] == b"\0\0":
        rec = list(_END.unpack(tail))
        rec += [b"", size - _END.size]
        return _apply_zip64(fp, size - _END.size, rec)
    # otherwise search the last 64 KiB (the longest comment) for the signature
    first = max(size - ZIP_MAX_COMMENT - _END.size, 0)
    fp.seek(first)
    data = fp.read()
    at = data.rfind(_SIG_END)
    if at < 0:
        return None
    fixed = data[at:at + _END.size]
    if len(fixed) != _END.size:
        return None
    rec = list(_END.unpack(fixed))
    comment = data[at + _END.size:at + _END.size + rec[7]]
    rec += [comment, first + at]
    return _apply_zip64(fp, first + at, rec)


def _apply_zip64(fp, end_pos, rec):
    """Replace the counts, size and offset by those of a ZIP64 end record, when there is one."""
    if end_pos < _LOCATOR64.size:
        return rec
    fp.seek(end_pos - _LOCATOR64.size)
    loc = fp.read(_LOCATOR64.size)
    if len(loc) != _LOCATOR64.size:
        return rec
    sig, disk, _where, disks = _LOCATOR64.unpack(loc)
    if sig != _SIG_LOCATOR64:
        return rec
    if disk != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    at = end_pos - _LOCATOR64.size - _END64.size
    if at < 0:
        return rec
    fp.seek(at)
    body = fp.read(_END64.size)
    if len(body) != _END64.size:
        return rec
    (sig, _sz, _made, _need, disk_no, disk_cd, here, total, cd_size, cd_offset) = _END64.unpack(body)
    if sig != _SIG_END64:
        return rec
    rec[0:7] = [sig, disk_no, disk_cd, here, total, cd_size, cd_offset]
    return rec


def _has_end_record(fp):
    try:
        return bool(_find_end_record(fp))
    except OSError:
        return False


def is_zipfile(filename):
    """True when `filename` (a path or a binary file object) ends with a ZIP end record."""
    try:
        if hasattr(filename, "read"):
            return _has_end_record(filename)
        with open(filename, "rb") as fp:
            return _has_end_record(fp)
    except OSError:
        return False


# ---- the archive ------------------------------------------------------------------------------

class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        self.mode = mode
        self.compression, self.compresslevel = compression, compresslevel
        self.metadata_encoding = metadata_encoding
        self._allowZip64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self.filelist, self.NameToInfo = [], {}
        self.debug = 0
        self.pwd = None
        self._comment = b""
        self._didModify = False
        self._seekable, self._writing = True, False
        self._fileRefCnt = 1

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        self._filePassed = 0 if isinstance(file, str) else 1
        if self._filePassed:
            self.filename = getattr(file, "name", None)
            self.fp = file
        else:
            self.filename = file
            self.fp = self._open_path(file, mode)
        try:
            self._prepare(mode)
        except BaseException:
            failed, self.fp = self.fp, None
            self._fpclose(failed)
            raise

    @staticmethod
    def _open_path(path, mode):
        # 'w'/'x' prefer an updatable file; 'a' on a missing file creates it
        choices = {"r": ("rb",), "w": ("w+b", "wb"), "x": ("x+b", "xb"),
                   "a": ("r+b", "w+b", "wb")}[mode]
        for how in choices[:-1]:
            try:
                return io.open(path, how)
            except OSError:
                pass
        return io.open(path, choices[-1])

    def _prepare(self, mode):
        """Read the directory ('r', 'a') or find where writing starts ('w', 'x')."""
        if mode == "r":
            self._RealGetContents()
            return
        if mode == "a":
            try:
                self._RealGetContents()
            except BadZipFile:
                # no archive in the file yet: the new one is appended after its bytes
                self.fp.seek(0, 2)
                self.start_dir = self.fp.tell()
                self._didModify = True
            else:
                self.fp.seek(self.start_dir)
            return
        self._didModify = True
        try:
            where = self.fp.tell()
        except (AttributeError, OSError):
            # a pipe or socket: count bytes ourselves and put descriptors after the data
            self.fp, self.start_dir, self._seekable = _CountingWriter(self.fp), 0, False
            return
        self.start_dir = where
        try:
            self.fp.seek(where)
        except (AttributeError, OSError):
            self._seekable = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        text = "<%s.%s" % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return text + " [closed]>"
        if self._filePassed:
            text += " file=%r" % (self.fp,)
        elif self.filename is not None:
            text += " filename=%r" % (self.filename,)
        return text + " mode=%r>" % (self.mode,)

    def _RealGetContents(self):
        fp = self.fp
        try:
            end = _find_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not end:
            raise BadZipFile("File is not a zip file")
        cd_size, cd_offset = end[5], end[6]
        self._comment = end[8]
        # bytes prepended to the archive (a self-extractor) shift every offset
        shift = end[9] - cd_size - cd_offset
        if end[0] == _SIG_END64:
            shift -= _END64.size + _LOCATOR64.size
        self.start_dir = cd_offset + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        table = fp.read(cd_size)
        pos = 0
        while pos < cd_size:
            fixed = table[pos:pos + _CENTRAL.size]
            if len(fixed) != _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            rec = _CENTRAL.unpack(fixed)
            if rec[0] != _SIG_CENTRAL:
                raise BadZipFile("Bad magic number for central directory")
            name_len, extra_len, comment_len = rec[12], rec[13], rec[14]
            pos += _CENTRAL.size
            raw_name = table[pos:pos + name_len]
            pos += name_len
            flags = rec[5]
            if flags & _FLAG_UTF8:
                name = raw_name.decode("utf-8")
            else:
                name = raw_name.decode(self.metadata_encoding or "cp437")
            info = ZipInfo(name)
            info.extra = table[pos:pos + extra_len]
            pos += extra_len
            info.comment = table[pos:pos + comment_len]
            pos += comment_len
            (info.create_version, info.create_system, info.extract_version, info.reserved,
             info.flag_bits, info.compress_type, dostime, dosdate, info.CRC,
             info.compress_size, info.file_size) = rec[1:12]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (info.extract_version / 10))
            info.volume, info.internal_attr, info.external_attr = rec[15], rec[16], rec[17]
            info.header_offset = rec[18]
            info._raw_time = dostime
            info.date_time = _from_dos(dosdate, dostime)
            info._decodeExtra()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    # -- queries -----------------------------------------------------------------------------

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data does not check out, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d bytes" % ZIP_MAX_COMMENT,
                          stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    # -- reading -----------------------------------------------------------------------------

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == "w":
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(info, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle "
                             "on the file. Close the writing handle before trying to read.")
        fp = self.fp
        fp.seek(info.header_offset)
        fixed = fp.read(_LOCAL.size)
        if len(fixed) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        head = _LOCAL.unpack(fixed)
        if head[0] != _SIG_LOCAL:
            raise BadZipFile("Bad magic number for file header")
        raw_name = fp.read(head[10])
        if head[11]:
            fp.read(head[11])
        if info.flag_bits & _FLAG_PATCHED:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if info.flag_bits & _FLAG_STRONG:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if head[3] & _FLAG_UTF8:
            local_name = raw_name.decode("utf-8")
        else:
            local_name = raw_name.decode(self.metadata_encoding or "cp437")
        if local_name != info.orig_filename:
            raise BadZipFile("File name in directory %r and header %r differ."
                             % (info.orig_filename, raw_name))
        _check_compression(info.compress_type)
        key = None
        if info.flag_bits & _FLAG_ENCRYPTED:
            key = pwd or self.pwd
            if key and not isinstance(key, bytes):
                raise TypeError("pwd: expected bytes, got %s" % type(key).__name__)
            if not key:
                raise RuntimeError("File %r is encrypted, password required for extraction" % name)
        # the archive's file stays open until this member is closed too
        self._fileRefCnt += 1
        member = ZipExtFile(fp, mode, info, key, self._fpclose)
        if key is not None:
            # the 12-byte encryption header ends with a check byte: the CRC's high byte, or the
            # DOS time's high byte when the CRC follows the data
            if info.flag_bits & _FLAG_DESCRIPTOR:
                check = (info._raw_time >> 8) & 0xFF
            else:
                check = (info.CRC >> 24) & 0xFF
            if member._enc_header[11] != check:
                member.close()
                raise RuntimeError("Bad password for file %r" % name)
        return member

    def extract(self, member, path=None, pwd=None):
        """Extract `member` under `path` (default: the current directory); returns the path made."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        """`arcname` made a legal Windows path: reserved characters become '_', each part
        loses its trailing dots and spaces, empty parts go."""
        parts = []
        for part in arcname.split(pathsep):
            part = "".join("_" if c in ':<>|"?*' else c for c in part).rstrip(". ")
            if part:
                parts.append(part)
        return pathsep.join(parts)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # keep the archive's path below targetpath: drop drive, empty, '.' and '..' parts
        name = member.filename.replace("/", os.sep)
        if os.altsep:
            name = name.replace(os.altsep, os.sep)
        name = os.path.splitdrive(name)[1]
        name = os.sep.join(part for part in name.split(os.sep) if part not in ("", os.curdir, os.pardir))
        targetpath = os.path.normpath(os.path.join(targetpath, name))
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # -- writing -----------------------------------------------------------------------------

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                raise LargeZipFile("Files count is too large")
            if zinfo.file_size > ZIP64_LIMIT:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            if zinfo.header_offset > ZIP64_LIMIT:
                raise LargeZipFile("Zipfile size would require ZIP64 extensions")

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle "
                             "open on it. Close the first handle before opening another.")
        # CRC and sizes are filled in by _ZipWriteFile.close()
        zinfo.CRC = zinfo.compress_size = 0
        zinfo.flag_bits = (_FLAG_LZMA_EOS if zinfo.compress_type == ZIP_LZMA else 0) | \
            (0 if self._seekable else _FLAG_DESCRIPTOR)
        zinfo.external_attr = zinfo.external_attr or (0o600 << 16)
        zip64 = self._allowZip64 and (force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        self._begin_entry(zinfo)
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _begin_entry(self, zinfo):
        """Position at the end of the members and check that `zinfo` may be added there."""
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file (or directory entry) `filename`, named `arcname` in the archive."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.CRC = zinfo.compress_size = 0
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(zinfo, "w") as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member holding `data` (str is stored as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == "/":
                zinfo.external_attr = (0o40775 << 16) | 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode="w") as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry (a name ending in '/', no data)."""
        target = zinfo_or_directory_name
        if isinstance(target, str):
            zinfo = ZipInfo(target if target.endswith("/") else target + "/")
            zinfo.CRC = zinfo.compress_size = zinfo.file_size = 0
            # S_IFDIR plus the permissions, and the MS-DOS directory bit
            zinfo.external_attr = (((stat.S_IFDIR | mode) & 0xFFFF) << 16) | 0x10
        elif isinstance(target, ZipInfo):
            if not target.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
            zinfo = target
        else:
            raise TypeError("Expected type str or ZipInfo")
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _FLAG_LZMA_EOS
        self._begin_entry(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self.filelist.append(zinfo)
        header = zinfo.FileHeader(False)
        self.fp.write(header)
        self.start_dir = zinfo.header_offset + len(header)

    def __del__(self):
        self.close()

    def close(self):
        """Write the central directory (when modified) and close the file if we opened it."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self._didModify and self.mode != "r":
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            done, self.fp = self.fp, None
            self._fpclose(done)

    def _write_end_record(self):
        fp = self.fp
        cd_start = fp.tell()
        for info in self.filelist:
            dosdate, dostime = _dos_stamp(info.date_time)
            big = []
            usize, csize = info.file_size, info.compress_size
            if usize > ZIP64_LIMIT or csize > ZIP64_LIMIT:
                big += [usize, csize]
                usize = csize = 0xFFFFFFFF
            offset = info.header_offset
            if offset > ZIP64_LIMIT:
                big.append(offset)
                offset = 0xFFFFFFFF
            extra = info.extra
            need = 0
            if big:
                extra = struct.pack("<HH" + "Q" * len(big), _EXTRA_ZIP64, 8 * len(big), *big) + \
                    _drop_extra(extra, (_EXTRA_ZIP64,))
                need = ZIP64_VERSION
            if info.compress_type == ZIP_DEFLATED:
                need = max(need, 20)
            elif info.compress_type == ZIP_BZIP2:
                need = max(need, BZIP2_VERSION)
            elif info.compress_type == ZIP_LZMA:
                need = max(need, LZMA_VERSION)
            name, flags = info._name_and_flags()
            rec = _CENTRAL.pack(_SIG_CENTRAL, max(need, info.create_version), info.create_system,
                                max(need, info.extract_version), info.reserved, flags,
                                info.compress_type, dostime, dosdate, info.CRC, csize, usize,
                                len(name), len(extra), len(info.comment), 0,
                                info.internal_attr, info.external_attr, offset)
            fp.write(rec + name + extra + info.comment)
        cd_end = fp.tell()
        count = len(self.filelist)
        cd_size = cd_end - cd_start
        cd_offset = cd_start
        if count > ZIP_FILECOUNT_LIMIT or cd_offset > ZIP64_LIMIT or cd_size > ZIP64_LIMIT:
            if not self._allowZip64:
                if count > ZIP_FILECOUNT_LIMIT:
                    raise LargeZipFile("Files count is too large")
                raise LargeZipFile("Central directory offset would require ZIP64 extensions")
            fp.write(_END64.pack(_SIG_END64, 44, 45, 45, 0, 0, count, count, cd_size, cd_offset))
            fp.write(_LOCATOR64.pack(_SIG_LOCATOR64, 0, cd_end, 1))
            count = min(count, 0xFFFF)
            cd_size = min(cd_size, 0xFFFFFFFF)
            cd_offset = min(cd_offset, 0xFFFFFFFF)
        fp.write(_END.pack(_SIG_END, 0, 0, count, count, cd_size, cd_offset, len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def _fpclose(self, fp):
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


def _parent_dirs(name):
    """The directories above member `name`, nearest first: 'a/b/c' -> 'a/b/', 'a/'."""
    out = []
    path = name.rstrip("/")
    while True:
        path = posixpath.dirname(path)
        if not path:
            return out
        out.append(path + "/")


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist() also lists the directories that member names imply."""

    @staticmethod
    def _implied_dirs(names):
        known = set(names)
        for name in names:
            for parent in _parent_dirs(name):
                if parent not in known:
                    known.add(parent)
                    yield parent

    def namelist(self):
        listed = super().namelist()
        return listed + list(self._implied_dirs(listed))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """`name` + '/' when only that directory exists, else `name`."""
        names = self._name_set()
        as_dir = name + "/"
        return as_dir if name not in names and as_dir in names else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if name.endswith("/") and name in self._name_set():
                return ZipInfo(filename=name)
            raise

    @classmethod
    def make(cls, source):
        """`source` as a CompleteDirs: a path is opened; a ZipFile changes class (to plain
        CompleteDirs when it is being written, as its names still change)."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        if "r" not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs for an archive opened for reading: the names are computed once."""

    def namelist(self):
        cached = self.__dict__.get("_names_cache")
        if cached is None:
            cached = self._names_cache = super().namelist()
        return cached

    def _name_set(self):
        cached = self.__dict__.get("_name_set_cache")
        if cached is None:
            cached = self._name_set_cache = super()._name_set()
        return cached


class Path:
    """A pathlib-like view of the members of an archive: `at` is a member name, '' for the root,
    directories end in '/'. Directories that only appear as prefixes of member names count too."""

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def _at(self, at):
        return type(self)(self.root, at)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __truediv__(self, other):
        return self.joinpath(other)

    def joinpath(self, *other):
        return self._at(self.root.resolve_dir(posixpath.join(self.at, *other)))

    # name parts come from the member path, or for the root from the archive's file name
    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def _pure(self):
        import pathlib
        return pathlib.PurePosixPath(self.at)

    @property
    def name(self):
        return self._pure().name if self.at else self.filename.name

    @property
    def suffix(self):
        return self._pure().suffix if self.at else self.filename.suffix

    @property
    def suffixes(self):
        return self._pure().suffixes if self.at else self.filename.suffixes

    @property
    def stem(self):
        return self._pure().stem if self.at else self.filename.stem

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = posixpath.dirname(self.at.rstrip("/"))
        return self._at(up + "/" if up else up)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def exists(self):
        return self.at in self.root._name_set()

    def is_file(self):
        return self.exists() and not self.is_dir()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        here = self.at.rstrip("/")
        return (self._at(name) for name in self.root.namelist()
                if posixpath.dirname(name.rstrip("/")) == here)

    def open(self, mode="r", *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        if mode[0] == "r" and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, mode[0], pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if args:
            encoding, args = args[0], args[1:]
        else:
            encoding = kwargs.pop("encoding", None)
        return io.TextIOWrapper(stream, io.text_encoding(encoding), *args, **kwargs)

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open("rb") as stream:
            return stream.read()


def main(args=None):
    """python -m zipfile -l|-t|-e|-c ...: list, test, extract or create an archive."""
    import argparse
    parser = argparse.ArgumentParser(description="A simple command-line interface for zipfile module.")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-l", "--list", metavar="<zipfile>", help="Show listing of a zipfile")
    group.add_argument("-e", "--extract", nargs=2, metavar=("<zipfile>", "<output_dir>"),
                       help="Extract zipfile into target dir")
    group.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                       help="Create zipfile from sources")
    group.add_argument("-t", "--test", metavar="<zipfile>", help="Test if a zipfile is valid")
    parser.add_argument("--metadata-encoding", metavar="<encoding>",
                        help="Specify encoding of member names for -l, -e and -t")
    opts = parser.parse_args(args)
    enc = opts.metadata_encoding
    if opts.test is not None:
        with ZipFile(opts.test, "r", metadata_encoding=enc) as zf:
            bad = zf.testzip()
        if bad:
            print("The following enclosed file is corrupted: {!r}".format(bad))
        print("Done testing")
    elif opts.list is not None:
        with ZipFile(opts.list, "r", metadata_encoding=enc) as zf:
            zf.printdir()
    elif opts.extract is not None:
        src, dst = opts.extract
        with ZipFile(src, "r", metadata_encoding=enc) as zf:
            zf.extractall(dst)
    elif opts.create is not None:
        if enc:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        target = opts.create.pop(0)

        def add(zf, path, zippath):
            if os.path.isfile(path):
                zf.write(path, zippath, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if zippath:
                    zf.write(path, zippath)
                for name in sorted(os.listdir(path)):
                    add(zf, os.path.join(path, name), os.path.join(zippath, name))

        with ZipFile(target, "w") as zf:
            for path in opts.create:
                zippath = os.path.basename(path)
                if not zippath:
                    zippath = os.path.basename(os.path.dirname(path))
                if zippath in ("", os.curdir, os.pardir):
                    zippath = ""
                add(zf, path, zippath)


if __name__ == "__main__":
    main()
