"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 encodings (base64 module)
for tspy.  Base64 and Base16 use binascii; the others are computed here."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """Input of the decoders: bytes-like objects, or str made of ASCII only."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


# ================================================================ Base64

def b64encode(s, altchars=None):
    """Base64 encoding of the bytes-like s (no newlines); altchars replaces '+'
    and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    assert len(altchars) == 2, repr(altchars)
    return encoded.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 (bytes or ASCII str).  Characters outside the alphabet are
    dropped, unless validate is true (then they are errors); altchars are the two
    characters used instead of '+' and '/'."""
    data = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        data = data.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64 encoding with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode Base64 written with the standard alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/' (safe in URLs and file names)."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode the URL- and filesystem-safe Base64 variant."""
    data = _bytes_from_decode_data(s).translate(_urlsafe_decode_translation)
    return b64decode(data)


# ================================================================ Base32

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32rev = {}

# Trailing '=' of the last 8-character group, by number of bytes in the last 5-byte
# group (0 means a full group).
_B32_PADDING = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# Bytes kept from the last group, by number of '='.
_B32_KEPT = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    out = bytearray()
    for start in range(0, len(s), 5):
        group = s[start:start + 5]
        value = int.from_bytes(group.ljust(5, b'\0'), 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(value >> shift) & 31])
        pad = _B32_PADDING[len(group) % 5]
        if pad:
            out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    reverse = _b32rev.get(alphabet)
    if reverse is None:
        reverse = _b32rev[alphabet] = {code: value for value, code in enumerate(alphabet)}
    data = _bytes_from_decode_data(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        data = data.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        data = data.upper()
    stripped = data.rstrip(b'=')
    pads = len(data) - len(stripped)
    out = bytearray()
    value = 0
    for start in range(0, len(stripped), 8):
        value = 0
        for code in stripped[start:start + 8]:
            digit = reverse.get(code)
            if digit is None:
                raise binascii.Error('Non-base32 digit found')
            value = (value << 5) | digit
        out += value.to_bytes(5, 'big')
    if pads not in _B32_KEPT:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        last = (value << (5 * pads)).to_bytes(5, 'big')
        out[-5:] = last[:_B32_KEPT[pads]]
    return bytes(out)


def b32encode(s):
    """Base32 encoding (RFC 4648 alphabet) of the bytes-like s."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32.  casefold accepts lowercase; map01 (b'L' or b'I') says which
    letter a digit 1 stands for (0 is then read as O)."""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Base32 encoding with the extended hex alphabet (RFC 4648 section 7)."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 written with the extended hex alphabet."""
    return _b32decode(_b32hexalphabet, s, casefold)


# ================================================================ Base16

_HEX_UPPER = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Uppercase hexadecimal encoding of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode uppercase hexadecimal (lowercase too with casefold)."""
    data = _bytes_from_decode_data(s)
    if casefold:
        data = data.upper()
    if not _HEX_UPPER.issuperset(data):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ================================================================ Ascii85 / Base85

_A85START = b"<~"
_A85END = b"~>"
_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_a85alphabet = bytes(range(33, 118))
_b85dec = None


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    """Each 4-byte big-endian word becomes 5 base-85 digits (or 'z' / 'y' for the
    folded words); a short last word is padded with zeros and, unless pad, the
    extra digits are dropped."""
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    missing = -len(b) % 4
    padded = b + b'\0' * missing
    pieces = []
    for start in range(0, len(padded), 4):
        word = int.from_bytes(padded[start:start + 4], 'big')
        if foldnuls and word == 0:
            pieces.append(b'z')
        elif foldspaces and word == 0x20202020:
            pieces.append(b'y')
        else:
            digits = bytearray(5)
            for place in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[place] = alphabet[digit]
            pieces.append(bytes(digits))
    if missing and not pad:
        if pieces[-1] == b'z':
            pieces[-1] = alphabet[0:1] * 5
        pieces[-1] = pieces[-1][:-missing]
    return b''.join(pieces)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 encoding of the bytes-like b.  foldspaces writes 4 spaces as 'y';
    wrapcol breaks lines at that width; pad keeps a padded last group; adobe adds
    the <~ ~> frame."""
    result = _85encode(b, _a85alphabet, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + width] for i in range(0, len(result), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 (with 'z' for four zero bytes, and 'y' for four spaces when
    foldspaces).  adobe requires the ~> end marker (and allows <~); ignorechars
    are skipped."""
    data = _bytes_from_decode_data(b)
    if adobe:
        if not data.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        data = data[2:-2] if data.startswith(_A85START) else data[:-2]
    out = []
    group = []
    for code in data + b'u' * 4:
        if 33 <= code <= 117:
            group.append(code)
            if len(group) == 5:
                value = 0
                for digit in group:
                    value = value * 85 + (digit - 33)
                if value > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(value.to_bytes(4, 'big'))
                group.clear()
        elif code == 0x7a:      # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and code == 0x79:      # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif code not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % code)
    result = b''.join(out)
    surplus = 4 - len(group)
    return result[:-surplus] if surplus else result


def b85encode(b, pad=False):
    """Base85 encoding (the alphabet of git binary patches) of the bytes-like b;
    pad keeps a padded last group."""
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    """Decode Base85 (the alphabet of git binary patches)."""
    global _b85dec
    if _b85dec is None:
        _b85dec = {code: value for value, code in enumerate(_b85alphabet)}
    data = _bytes_from_decode_data(b)
    missing = -len(data) % 5
    data += b'~' * missing
    out = []
    for start in range(0, len(data), 5):
        value = 0
        for offset, code in enumerate(data[start:start + 5]):
            digit = _b85dec.get(code)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            value = value * 85 + digit
        if value > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out.append(value.to_bytes(4, 'big'))
    result = b''.join(out)
    return result[:-missing] if missing else result


# ================================================================ legacy interface

MAXLINESIZE = 76    # characters per line of output
MAXBINSIZE = (MAXLINESIZE // 4) * 3     # bytes encoded on one line


def encode(input, output):
    """Base64-encode the binary file input into the binary file output, in lines."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Base64-decode the binary file input, line by line, into the binary file
    output."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, s.__class__.__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (view.ndim, s.__class__.__name__))


def encodebytes(s):
    """Base64 encoding in lines of at most MAXLINESIZE characters, each ending
    with a newline."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode Base64 made of lines (the inverse of encodebytes())."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


# ---- python -m base64 ---------------------------------------------------------------------------

_USAGE_LINES = (
    "usage: {prog} [-h|-d|-e|-u|-t] [file|-]",
    "        -h: print this help message and exit",
    "        -d, -u: decode",
    "        -e: encode (default)",
    "        -t: encode and decode string 'Aladdin:open sesame'",
)


def _roundtrip_demo():
    """-t: one string through encodebytes and back, each stage's repr printed."""
    original = b"Aladdin:open sesame"
    encoded = encodebytes(original)
    decoded = decodebytes(encoded)
    for value in (original, encoded, decoded):
        print(repr(value))
    assert decoded == original


def main():
    """Encode (default) or decode a file, or stdin, to stdout (getopt flags -h -d -e -u -t)."""
    import sys
    import getopt
    usage = "\n".join(_USAGE_LINES).format(prog=sys.argv[0])
    try:
        flags, rest = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as problem:
        print(problem, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(2)
    convert = encode
    for flag, _ in flags:
        if flag == '-h':
            print(usage)
            return
        if flag == '-t':
            _roundtrip_demo()
            return
        convert = decode if flag in ('-d', '-u') else encode
    if rest and rest[0] != '-':
        with open(rest[0], 'rb') as source:
            convert(source, sys.stdout.buffer)
    else:
        convert(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
