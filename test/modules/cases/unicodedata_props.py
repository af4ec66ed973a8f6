# unicodedata: properties of sampled code points, names/lookup, numeric values, decompositions,
# the four normalization forms, errors.
import unicodedata as U

def show(src):
    try:
        r = eval(src)
    except Exception as e:
        return '%s -> %s: %s' % (src, type(e).__name__, e)
    return '%s -> %r' % (src, r)

print(U.unidata_version)
cps = list(range(0, 0x3000, 7)) + list(range(0x3000, 0x110000, 997)) + [0xAC00, 0xD7A3, 0x4E00, 0x20000, 0x1F600, 0xFF21, 0x2160, 0xBD, 0x1D7CE, 0x10FFFF]
for cp in cps:
    c = chr(cp)
    print('%04X' % cp, U.category(c), U.bidirectional(c), U.combining(c), U.east_asian_width(c), U.mirrored(c),
          U.name(c, None), U.decimal(c, None), U.digit(c, None), U.numeric(c, None), U.decomposition(c))
for c in ['A', 'é', '\u00c5', '\u212b', '\u1e9b\u0323', 'ﬁ', '①', '\uac00\u11a8', '\u1100\u1161\u11a8', 'e\u0301\u0327', 'Å\u0300',
          'ḍ̇', '\u0958', 'x\u0301\u0300\u0316', '\U0001D400', '½', 'ｶﾞ', '\u0f73', '\u3300']:
    print(ascii(c), [ascii(U.normalize(f, c)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')], [U.is_normalized(f, c) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
for src in ['U.lookup("LATIN SMALL LETTER A")', 'U.lookup("latin small letter a")', 'U.lookup("NUL")', 'U.lookup("nope")',
            'U.lookup("HANGUL SYLLABLE GAG")', 'U.lookup("CJK UNIFIED IDEOGRAPH-4E00")', 'U.name("\\x00")', 'U.name("\\x00", 5)',
            'U.category(5)', 'U.category("ab")', 'U.category("")', 'U.numeric("a")', 'U.decimal("½")', 'U.digit("²")', 'U.decimal("²", -1)',
            'U.normalize("XYZ", "a")', 'U.normalize("NFC", 5)', 'U.name("\\U0001F600")', 'U.ucd_3_2_0.category("a")', 'U.numeric("\\u4e07")']:
    print(show(src))
