"""Codec registry and base classes (a CPython 3.11 subset), written for tspy.

Text encodings are the VM's own (str.encode / bytes.decode know utf-8/16/32 with and without
BOM, latin-1, ascii, the cp* and mac-* charmaps, utf-8-sig, unicode-escape and
raw-unicode-escape); this module gives them the codecs API: lookup() and CodecInfo, encode/
decode, incremental encoders/decoders (partial multi-byte sequences are kept between calls),
stream readers/writers, open(), iterencode/iterdecode, the error-handler registry and the BOM
constants. Bytes-to-bytes codecs provided: hex, base64, rot13 (str to str). Custom search
functions registered with register() are consulted before the built-in table. Python-level
error handlers are recorded but the VM's encoders only know the built-in handler names.
"""
import sys
import builtins

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE',
           'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE',
           'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec',
           'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader', 'StreamWriter',
           'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter',
           'encode', 'decode', 'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors',
           'replace_errors', 'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'namereplace_errors', 'register_error', 'lookup_error', 'unregister']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
_LITTLE = sys.byteorder == 'little'
BOM = BOM_UTF16 = (BOM_UTF16_LE if _LITTLE else BOM_UTF16_BE)  # native byte order
BOM_UTF32 = (BOM_UTF32_LE if _LITTLE else BOM_UTF32_BE)
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """The codec functions and classes of one encoding (also a 4-tuple, for old code)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.__dict__.update(name=name, encode=encode, decode=decode,
                             incrementalencoder=incrementalencoder,
                             incrementaldecoder=incrementaldecoder,
                             streamreader=streamreader, streamwriter=streamwriter)
        if _is_text_encoding is not None:
            self.__dict__['_is_text_encoding'] = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


# ---------------------------------------------------------------------------------------------
# Error handlers


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return '', exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, (UnicodeDecodeError, UnicodeTranslateError)):
        return '\ufffd' * (1 if isinstance(exc, UnicodeDecodeError) else
                           exc.end - exc.start), exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for ch in exc.object[exc.start:exc.end]:
            n = ord(ch)
            out.append('\\x%02x' % n if n < 0x100 else
                       ('\\u%04x' % n if n < 0x10000 else '\\U%08x' % n))
        return ''.join(out), exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for ch in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(ch))
            except (ValueError, KeyError):
                n = ord(ch)
                out.append('\\x%02x' % n if n < 0x100 else
                           ('\\u%04x' % n if n < 0x10000 else '\\U%08x' % n))
        return ''.join(out), exc.end
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_error_handlers = {'strict': strict_errors, 'ignore': ignore_errors,
                   'replace': replace_errors, 'backslashreplace': backslashreplace_errors,
                   'xmlcharrefreplace': xmlcharrefreplace_errors,
                   'namereplace': namereplace_errors}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


# ---------------------------------------------------------------------------------------------
# Names

_ALIASES = {
    'utf8': 'utf-8', 'utf-8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf8-ucs2': 'utf-8', 'utf8-ucs4': 'utf-8',
    'latin-1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso-8859-1': 'iso8859-1', 'iso8859-1': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1', 'iso-ir-100': 'iso8859-1', 'iso8859': 'iso8859-1',
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'us': 'ascii', 'ansi-x3.4-1968':
    'ascii', 'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii', 'iso646-us': 'ascii',
    'utf-16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf-16-le': 'utf-16-le', 'utf-16le': 'utf-16-le', 'unicodelittleunmarked': 'utf-16-le',
    'utf-16-be': 'utf-16-be', 'utf-16be': 'utf-16-be', 'unicodebigunmarked': 'utf-16-be',
    'utf-32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf-32-le': 'utf-32-le', 'utf-32le': 'utf-32-le', 'utf-32-be': 'utf-32-be',
    'utf-32be': 'utf-32-be', 'utf-8-sig': 'utf-8-sig', 'utf8-sig': 'utf-8-sig',
    'unicode-escape': 'unicode-escape', 'raw-unicode-escape': 'raw-unicode-escape',
    'windows-1252': 'cp1252', 'cp1252': 'cp1252', 'macroman': 'mac-roman',
    'mac-roman': 'mac-roman', 'koi8-r': 'koi8-r',
    'hex': 'hex', 'hex-codec': 'hex', 'base64': 'base64', 'base-64': 'base64',
    'base64-codec': 'base64', 'rot13': 'rot-13', 'rot-13': 'rot-13',
}
_BYTES_CODECS = ('hex', 'base64')


def _normalise(encoding):
    text = encoding.strip().lower()
    out = []
    for ch in text:
        out.append(ch if (ch.isalnum() or ch == '.') else '-')
    joined = ''.join(out)
    while '--' in joined:
        joined = joined.replace('--', '-')
    return joined.strip('-')


_search_functions = []
_cache = {}


def register(search_function):
    """Add a search function: it receives a normalised name and returns a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _builtin_codec(name):
    canonical = _ALIASES.get(name)
    if canonical is None:
        candidate = name
        try:
            ''.encode(candidate)
        except LookupError:
            return None
        canonical = candidate
    if canonical == 'hex':
        import binascii
        return _make_bytes_codec('hex', binascii.b2a_hex, binascii.a2b_hex)
    if canonical == 'base64':
        import base64
        return _make_bytes_codec('base64', base64.encodebytes, base64.decodebytes)
    if canonical == 'rot-13':
        low = 'abcdefghijklmnopqrstuvwxyz'
        up = low.upper()
        table = str.maketrans(low + up, low[13:] + low[:13] + up[13:] + up[:13])

        def rot(text, errors='strict'):
            return str.translate(text, table), len(text)
        return CodecInfo(rot, rot, None, None, None, None, name='rot-13',
                         _is_text_encoding=False)
    return _make_text_codec(canonical)


def _make_bytes_codec(name, enc, dec):
    def encode_fn(data, errors='strict'):
        return enc(data), len(data)

    def decode_fn(data, errors='strict'):
        return dec(data), len(data)
    return CodecInfo(encode_fn, decode_fn, name=name, _is_text_encoding=False)


def _make_text_codec(name):
    def encode_fn(text, errors='strict'):
        if not isinstance(text, str):
            raise TypeError('%s_encode() argument 1 must be str, not %s'
                            % (name.replace('-', '_'), type(text).__name__))
        return text.encode(name, errors), len(text)

    def decode_fn(data, errors='strict'):
        raw = bytes(data)
        return raw.decode(name, errors), len(raw)

    enc_cls = type('IncrementalEncoder', (IncrementalEncoder,), {'_codec': name})
    dec_cls = type('IncrementalDecoder', (_TextIncrementalDecoder,), {'_codec': name})
    reader = type('StreamReader', (StreamReader,), {'_codec': name})
    writer = type('StreamWriter', (StreamWriter,), {'_codec': name})
    return CodecInfo(encode_fn, decode_fn, reader, writer, enc_cls, dec_cls, name=name)


def lookup(encoding):
    """The CodecInfo of an encoding name; LookupError for unknown names."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = _normalise(encoding)
    hit = _cache.get(key)
    if hit is not None:
        return hit
    for fn in _search_functions:
        info = fn(key.replace('-', '_'))
        if info is not None:
            if not isinstance(info, CodecInfo):
                if not isinstance(info, tuple) or len(info) != 4:
                    raise TypeError('codec search functions must return 4-tuples')
                info = CodecInfo(*info)
            _cache[key] = info
            return info
    info = _builtin_codec(key)
    if info is None:
        raise LookupError('unknown encoding: %s' % encoding)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec (text or bytes-to-bytes)."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec (text or bytes-to-bytes)."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    cls = lookup(encoding).incrementalencoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getincrementaldecoder(encoding):
    cls = lookup(encoding).incrementaldecoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


# ---------------------------------------------------------------------------------------------
# Base classes


class Codec(object):
    """Stateless encoder/decoder interface: encode/decode return (output, consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


# codecs that write a BOM first: after the first piece, the same codec without it
_AFTER_BOM = {'utf-16': 'utf-16-le' if sys.byteorder == 'little' else 'utf-16-be',
              'utf-32': 'utf-32-le' if sys.byteorder == 'little' else 'utf-32-be',
              'utf-8-sig': 'utf-8'}


class IncrementalEncoder(object):
    """Encodes a text in pieces."""

    _codec = None

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''
        self._started = False

    def encode(self, input, final=False):
        if self._codec is None:
            raise NotImplementedError
        codec = _AFTER_BOM.get(self._codec, self._codec) if self._started else self._codec
        self._started = True
        return input.encode(codec, self.errors)

    def reset(self):
        self._started = False

    def getstate(self):
        return 1 if self._started else 0

    def setstate(self, state):
        self._started = bool(state)


class IncrementalDecoder(object):
    """Decodes bytes in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the undecodable tail of the input for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


_INCOMPLETE = ('unexpected end of data', 'truncated data')


class _TextIncrementalDecoder(BufferedIncrementalDecoder):
    _codec = None

    def _buffer_decode(self, data, errors, final):
        data = bytes(data)
        try:
            return data.decode(self._codec, errors), len(data)
        except UnicodeDecodeError as exc:
            if final or exc.reason not in _INCOMPLETE:
                raise
            # decode what is complete; keep the partial sequence at the end
            cut = exc.start
            return data[:cut].decode(self._codec, errors), cut


class StreamWriter(Codec):
    """Writes encoded text to a binary stream."""

    _codec = None

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._started = False

    def encode(self, input, errors='strict'):
        codec = _AFTER_BOM.get(self._codec, self._codec) if self._started else self._codec
        self._started = True
        return input.encode(codec, errors), len(input)

    def write(self, object):
        data, _n = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        self._started = False

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes text from a binary stream."""

    _codec = None
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self.charbuffer = ''
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        data = bytes(input)
        try:
            return data.decode(self._codec, errors), len(data)
        except UnicodeDecodeError as exc:
            if exc.reason not in _INCOMPLETE:
                raise
            return data[:exc.start].decode(self._codec, errors), exc.start

    def read(self, size=-1, chars=-1, firstline=False):
        while chars < 0 or len(self.charbuffer) < chars:
            data = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + data
            if not data:
                break
            text, used = self.decode(data, self.errors)
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if size < 0 or not data:
                break
            if chars < 0:
                break
        if chars < 0:
            out, self.charbuffer = self.charbuffer, ''
        else:
            out, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return out

    def readline(self, size=None, keepends=True):
        while True:
            pos = self.charbuffer.find('\n')
            if pos >= 0:
                line = self.charbuffer[:pos + 1]
                self.charbuffer = self.charbuffer[pos + 1:]
                return line if keepends else line.rstrip('\r\n')
            more = self.stream.read(72)
            if not more:
                line, self.charbuffer = self.charbuffer + self._flush(), ''
                return line if keepends else line.rstrip('\r\n')
            data = self.bytebuffer + more
            text, used = self.decode(data, self.errors)
            self.bytebuffer = data[used:]
            self.charbuffer += text

    def _flush(self):
        rest, self.bytebuffer = self.bytebuffer, b''
        return rest.decode(self._codec, self.errors) if rest else ''

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = ''
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class _StreamPair(object):
    """Shared parts of StreamReaderWriter and StreamRecoder: a reader and a writer created
    over one binary stream; unknown attributes come from the stream."""

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.__dict__.update(stream=stream, errors=errors, reader=Reader(stream, errors),
                             writer=Writer(stream, errors))

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        target = self.stream
        target.close()

    def reset(self):
        for part in (self.reader, self.writer):
            part.reset()

    def seek(self, offset, whence=0):
        target = self.stream
        target.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()


class StreamReaderWriter(_StreamPair):
    """A reader and a writer over the same binary stream."""

    encoding = 'unknown'

    def read(self, size=-1):
        part = self.reader
        return part.read(size)

    def readline(self, size=None):
        part = self.reader
        return part.readline(size)

    def readlines(self, sizehint=None):
        part = self.reader
        return part.readlines(sizehint)

    def __next__(self):
        part = self.reader
        return part.__next__()

    def __iter__(self):
        return self

    def write(self, data):
        part = self.writer
        return part.write(data)

    def writelines(self, list):
        part = self.writer
        return part.writelines(list)


class StreamRecoder(_StreamPair):
    """Reads/writes data in one encoding while the stream holds another."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        _StreamPair.__init__(self, stream, Reader, Writer, errors)
        self.__dict__.update(encode=encode, decode=decode)

    def read(self, size=-1):
        text = self.reader.read(size)
        return self.encode(text, self.errors)[0]

    def write(self, data):
        text = self.decode(data, self.errors)[0]
        return self.writer.write(text)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file in binary mode and wrap it to read/write text in `encoding`."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except BaseException:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    outer = lookup(data_encoding)
    inner = lookup(file_encoding or data_encoding)
    file_encoding = file_encoding or data_encoding
    sr = StreamRecoder(file, outer.encode, outer.decode, inner.streamreader,
                       inner.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def iterencode(iterator, encoding, errors='strict', **kwargs):
    enc = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = enc.encode(piece)
        if out:
            yield out
    tail = enc.encode('', True)
    if tail:
        yield tail


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    dec = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = dec.decode(piece)
        if out:
            yield out
    tail = dec.decode(b'', True)
    if tail:
        yield tail


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    out = {}
    for k, v in decoding_map.items():
        if v not in out:
            out[v] = k
        else:
            out[v] = None
    return out


def escape_decode(data, errors=None):
    from pickle import _escape_decode
    raw = bytes(data, 'latin-1') if isinstance(data, str) else bytes(data)
    return _escape_decode(raw), len(raw)
