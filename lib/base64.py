"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 data encodings (base64), for tspy.

Base64 and Base16 go through the VM's `binascii` module; Base32, Ascii85 and Base85 are
computed here. Decoding accepts bytes-like objects and ASCII str.
"""

import binascii

__all__ = [
    "encode", "decode", "encodebytes", "decodebytes",
    "b64encode", "b64decode", "b32encode", "b32decode",
    "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "b85encode", "b85decode", "a85encode", "a85decode",
    "standard_b64encode", "standard_b64decode",
    "urlsafe_b64encode", "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        f"string, not {s.__class__.__name__!r}") from None


def _input_bytes(s):
    # encoders take bytes-like objects only
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'") from None


# ---------------------------------------------------------------- Base64

def b64encode(s, altchars=None):
    """Encode bytes-like s with Base64; altchars (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data. Unless validate is true, characters outside the alphabet are
    discarded before the padding check."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode Base64 with the standard alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b"+/", b"-_")
_urlsafe_decode_translation = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Base64 with the URL- and filesystem-safe alphabet ('-' and '_')."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode Base64 written with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


# ---------------------------------------------------------------- Base32

_B32_STD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_PAD_FOR_REMAINDER = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    data = _input_bytes(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = len(chunk)
        value = int.from_bytes(chunk + bytes(5 - n), "big")
        for k in range(8):
            out.append(alphabet[(value >> (35 - 5 * k)) & 31])
        pad = _PAD_FOR_REMAINDER[n % 5] if n < 5 else 0
        if pad:
            out[-pad:] = b"=" * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    table = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        acc = 0
        for c in quanta:
            v = table.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) | v
        acc <<= 5 * (8 - len(quanta))
        out += acc.to_bytes(5, "big")
    if padchars and s:
        acc_bytes = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if acc_bytes is None:
            raise binascii.Error("Incorrect padding")
        del out[len(out) - 5 + acc_bytes:]
    return bytes(out)


def b32encode(s):
    """Encode bytes-like s with Base32."""
    return _b32encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 data; casefold accepts lowercase, map01 maps '0' to 'O' and '1' to
    the given letter."""
    return _b32decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """Encode bytes-like s with the extended-hex Base32 alphabet."""
    return _b32encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode extended-hex Base32 data."""
    return _b32decode(_B32_HEX, s, casefold)


# ---------------------------------------------------------------- Base16

def b16encode(s):
    """Encode bytes-like s with Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data (uppercase hex unless casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---------------------------------------------------------------- Ascii85 / Base85

def _85encode(b, chars, chars2, pad=False, foldnuls=False, foldspaces=False):
    # chars2 maps a pair of base-85 digits (value 0..7224) to two characters
    b = _input_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if foldnuls and not word:
            out.append(b"z")
        elif foldspaces and word == 0x20202020:
            out.append(b"y")
        else:
            digits = []
            for _ in range(5):
                word, r = divmod(word, 85)
                digits.append(chars[r])
            out.append(bytes(reversed(digits)))
    if padding and not pad:
        if out[-1] == b"z":
            out[-1] = chars[0:1] * 5
        out[-1] = out[-1][:-padding]
    return b"".join(out)


_A85START = b"<~"
_A85END = b"~>"
_A85CHARS = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like b with Ascii85 ('z' for four zero bytes; foldspaces: 'y' for
    four spaces; wrapcol: line length; pad: pad input to a multiple of 4; adobe: <~ ~>)."""
    result = _85encode(b, _A85CHARS, None, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe:
            if len(chunks[-1]) + 2 > wrapcol:
                chunks.append(b"")
        result = b"\n".join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode Ascii85 data (see a85encode); characters in ignorechars are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError(f"Ascii85 encoded byte sequences must end with {_A85END!r}")
        if b.startswith(_A85START):
            b = b[2:-2]  # Strip off start/end markers
        else:
            b = b[:-2]
    decoded = []
    curr = []
    for x in b + b"u" * 4:
        if 33 <= x <= 117:  # '!' .. 'u'
            curr.append(x)
            if len(curr) == 5:
                acc = 0
                for c in curr:
                    acc = 85 * acc + (c - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                decoded.append(acc.to_bytes(4, "big"))
                curr = []
        elif x == 122:  # 'z'
            if curr:
                raise ValueError("z inside Ascii85 5-tuple")
            decoded.append(b"\0\0\0\0")
        elif foldspaces and x == 121:  # 'y'
            if curr:
                raise ValueError("y inside Ascii85 5-tuple")
            decoded.append(b"\x20\x20\x20\x20")
        elif x in ignorechars:
            continue
        else:
            raise ValueError(f"Non-Ascii85 digit found: {chr(x)}")
    result = b"".join(decoded)
    padding = 4 - len(curr)
    if padding:
        result = result[:-padding]
    return result


_B85ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    """Encode bytes-like b with Base85 (as in git binary diffs); pad: pad the input to a
    multiple of 4 bytes first."""
    return _85encode(b, _B85ALPHABET, None, pad)


def b85decode(b):
    """Decode Base85 data."""
    table = {c: i for i, c in enumerate(_B85ALPHABET)}
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = []
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        acc = 0
        for j, c in enumerate(chunk):
            v = table.get(c)
            if v is None:
                raise ValueError(f"bad base85 character at position {i + j}")
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError(f"base85 overflow in hunk starting at byte {i}")
        out.append(acc.to_bytes(4, "big"))
    result = b"".join(out)
    if padding:
        result = result[:-padding]
    return result


# ---------------------------------------------------------------- legacy interface

MAXLINESIZE = 76  # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        line = binascii.b2a_base64(s)
        output.write(line)


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        s = binascii.a2b_base64(line)
        output.write(s)


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError(f"expected bytes-like object, not {s.__class__.__name__}") from err
    if m.format not in ("c", "b", "B"):
        raise TypeError(f"expected single byte elements, not {m.format!r} from "
                        f"{s.__class__.__name__}")
    if m.ndim != 1:
        raise TypeError(f"expected 1-D data, not {m.ndim}-D data from {s.__class__.__name__}")


def encodebytes(s):
    """Encode bytes-like s into Base64 lines of at most 76 characters, each ending with a
    newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i: i + MAXBINSIZE]
        pieces.append(binascii.b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    """Decode Base64 lines (see encodebytes)."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
