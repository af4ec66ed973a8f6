# GENERATED from test/objects/programs_src/types_str_unicode.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

# case mappings with special casing and Final_Sigma
for s in ["ǆa", "ǅA", "ßa", "ŉx", "ﬁx", "aΣ", "ΑΣ Α", "ΑΣΑ", "Σ", "AΣ.", "A.Σ", "A\u0345Σ", "ﬃ", "İ", "ΐ", "ΑΣ\u0345", "ΑΣ\u0345A", "hello World", "ǈǉǇ", "ᾳ", "ﬓ", "Straße", "\U00010428\U00010400", "ʼn", "abc\u0130def"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
    print(" ", s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isprintable(), s.isidentifier())
T('"hello world".title()', lambda: ("hello world".title()))
T('"they\'re bill\'s friends".title()', lambda: ("they're bill's friends".title()))
T('"HELLO".capitalize()', lambda: ("HELLO".capitalize()))
T('"123abc".capitalize()', lambda: ("123abc".capitalize()))
T('"".capitalize()', lambda: ("".capitalize()))
T('"a1b2".title()', lambda: ("a1b2".title()))
T('"Hello World".istitle()', lambda: ("Hello World".istitle()))
T('"Hello world".istitle()', lambda: ("Hello world".istitle()))
T('"HELLO".istitle()', lambda: ("HELLO".istitle()))
T('"1A".istitle()', lambda: ("1A".istitle()))
T('"A1a".istitle()', lambda: ("A1a".istitle()))
T('"".istitle()', lambda: ("".istitle()))
T('"ABC1".isupper()', lambda: ("ABC1".isupper()))
T('"abc1".islower()', lambda: ("abc1".islower()))
T('"123".islower()', lambda: ("123".islower()))
T('"Ab".swapcase()', lambda: ("Ab".swapcase()))
T('"ǅ".swapcase()', lambda: ("ǅ".swapcase()))
# predicates
for s in ["", "abc", "ABC", "123", "١٢٣", "²", "½", "Ⅻ", "一", " \t\n", "\u3000", "\x1c\x1d\x1e\x1f", "\x85\xa0", "\u200b", "a b", "_a1", "1a", "a-b", "é", "ª", "\u02b0", "\U0001d7ce", "\U00010107", "\u0660\u06f0", "\u0e50", "𝔘𝔫𝔦", "\u2160", "\ufeff", "a\u0301"]:
    print(repr(s), [s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()])
# exhaustive checksums over ranges of code points
def checksum(lo, hi, step):
    sums = [0] * 13
    for c in range(lo, hi, step):
        ch = chr(c)
        fl = [ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.islower(), ch.isupper(), ch.istitle(), ch.isspace(), ch.isprintable(), ch.isidentifier(), ch.isalnum(), ("a" + ch).isidentifier(), ch.isascii()]
        for i in range(13):
            if fl[i]:
                sums[i] += c
    return sums
print(checksum(0, 0x800, 1))
print(checksum(0x800, 0x10000, 7))
print(checksum(0x10000, 0x30000, 61))
print(checksum(0xe0000, 0x110000, 97))
def casesum(lo, hi, step):
    h = [0, 0, 0, 0, 0]
    for c in range(lo, hi, step):
        ch = chr(c)
        for i, m in enumerate((ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase())):
            for k in m:
                h[i] = (h[i] * 31 + ord(k)) % 1000000007
    return h
print(casesum(0, 0x800, 1))
print(casesum(0x800, 0x10000, 5))
print(casesum(0x10000, 0x20000, 7))
T('"İstanbul".lower()', lambda: ("İstanbul".lower()))
T('len("İ".lower())', lambda: (len("İ".lower())))
T('"ﬀ".upper()', lambda: ("ﬀ".upper()))
T('"ǰ".upper()', lambda: ("ǰ".upper()))
T('"\\u1e9e".lower()', lambda: ("\u1e9e".lower()))
T('"\\u1e9e".casefold()', lambda: ("\u1e9e".casefold()))
T('"ß".upper()', lambda: ("ß".upper()))
T('"ß".title()', lambda: ("ß".title()))
T('"ß".casefold() == "ss"', lambda: ("ß".casefold() == "ss"))
T('"ΣΑΣ ΣΑΣ.".lower()', lambda: ("ΣΑΣ ΣΑΣ.".lower()))
T('"Σ".lower()', lambda: ("Σ".lower()))
T('"aΣb".lower()', lambda: ("aΣb".lower()))
T('"a\\u00adΣ".lower()', lambda: ("a\u00adΣ".lower()))
T('"a\'Σ\'".lower()', lambda: ("a'Σ'".lower()))
