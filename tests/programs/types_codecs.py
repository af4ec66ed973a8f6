# GENERATED from test/objects/programs_src/types_codecs.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

s = "h\xe9llo \u20ac \U0001f600"
for enc in ["utf-8", "utf8", "UTF-8", "latin-1", "iso-8859-1", "ascii", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "cp437", "koi8-r", "mac-roman", "unicode_escape", "raw_unicode_escape", "iso8859_15"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
        try:
            e = s.encode(enc, errors)
            print(enc, errors, e)
            try:
                print("  back", repr(e.decode(enc, errors)))
            except Exception as ex:
                print("  back!", type(ex).__name__, ex)
        except Exception as ex:
            print(enc, errors, "!", type(ex).__name__, ex)
T('"abc".encode()', lambda: ("abc".encode()))
T('"\\ud800".encode()', lambda: ("\ud800".encode()))
T('"\\ud800".encode("utf-8", "surrogatepass")', lambda: ("\ud800".encode("utf-8", "surrogatepass")))
T('"\\ud800".encode("utf-8", "surrogateescape")', lambda: ("\ud800".encode("utf-8", "surrogateescape")))
T('"\\udc80\\udcff".encode("utf-8", "surrogateescape")', lambda: ("\udc80\udcff".encode("utf-8", "surrogateescape")))
T('"a\\udc80b".encode("ascii", "surrogateescape")', lambda: ("a\udc80b".encode("ascii", "surrogateescape")))
T('"\\ud800x".encode("utf-16-le", "surrogatepass")', lambda: ("\ud800x".encode("utf-16-le", "surrogatepass")))
T('"abc".encode("nope")', lambda: ("abc".encode("nope")))
T('"abc".encode("utf-8", "nope")', lambda: ("abc".encode("utf-8", "nope")))
T('"\\xe9".encode("ascii", "nope")', lambda: ("\xe9".encode("ascii", "nope")))
T('"abc".encode("hex")', lambda: ("abc".encode("hex")))
T('"\\xe9\\u20ac".encode("ascii")', lambda: ("\xe9\u20ac".encode("ascii")))
T('"ab\\xe9\\u20acd".encode("latin-1")', lambda: ("ab\xe9\u20acd".encode("latin-1")))
T('"\\u20ac".encode("cp437")', lambda: ("\u20ac".encode("cp437")))
T('"x\\u0100\\u0101y".encode("ascii", "xmlcharrefreplace")', lambda: ("x\u0100\u0101y".encode("ascii", "xmlcharrefreplace")))
T('b"\\xed\\xa0\\x80".decode("utf-8", "surrogatepass")', lambda: (b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
T('b"a\\x80b".decode("utf-8", "surrogateescape")', lambda: (b"a\x80b".decode("utf-8", "surrogateescape")))
T('b"a\\x80b".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")', lambda: (b"a\x80b".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
T('b"\\xff\\xfe".decode("utf-8")', lambda: (b"\xff\xfe".decode("utf-8")))
T('b"\\xe2\\x82".decode("utf-8")', lambda: (b"\xe2\x82".decode("utf-8")))
T('b"\\xe2\\x82x".decode("utf-8")', lambda: (b"\xe2\x82x".decode("utf-8")))
T('b"\\xe2\\x82".decode("utf-8", "replace")', lambda: (b"\xe2\x82".decode("utf-8", "replace")))
T('b"\\xf0\\x9f\\x98".decode("utf-8", "replace")', lambda: (b"\xf0\x9f\x98".decode("utf-8", "replace")))
T('b"\\xc0\\x80".decode("utf-8", "replace")', lambda: (b"\xc0\x80".decode("utf-8", "replace")))
T('b"\\xed\\xa0\\x80".decode("utf-8", "replace")', lambda: (b"\xed\xa0\x80".decode("utf-8", "replace")))
T('b"\\xf5\\x80".decode("utf-8", "backslashreplace")', lambda: (b"\xf5\x80".decode("utf-8", "backslashreplace")))
T('b"a\\x81".decode("cp1252")', lambda: (b"a\x81".decode("cp1252")))
T('b"a\\x81".decode("cp1252", "replace")', lambda: (b"a\x81".decode("cp1252", "replace")))
T('b"a\\x00".decode("utf-16-le")', lambda: (b"a\x00".decode("utf-16-le")))
T('b"a".decode("utf-16-le")', lambda: (b"a".decode("utf-16-le")))
T('b"\\x00\\xd8\\x00\\x00".decode("utf-16-le")', lambda: (b"\x00\xd8\x00\x00".decode("utf-16-le")))
T('b"\\x00\\xdc".decode("utf-16-le")', lambda: (b"\x00\xdc".decode("utf-16-le")))
T('b"\\xff\\xfea\\x00".decode("utf-16"), b"\\xfe\\xff\\x00a".decode("utf-16"), b"a\\x00".decode("utf-16")', lambda: (b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16")))
T('b"\\x00\\x00\\x11\\x00".decode("utf-32-le")', lambda: (b"\x00\x00\x11\x00".decode("utf-32-le")))
T('b"abc".decode("utf-32")', lambda: (b"abc".decode("utf-32")))
T('b"\\\\u20ac\\\\x41\\\\n\\\\101\\\\N{EM DASH}".decode("unicode_escape")', lambda: (b"\\u20ac\\x41\\n\\101\\N{EM DASH}".decode("unicode_escape")))
T('b"\\\\u20".decode("unicode_escape")', lambda: (b"\\u20".decode("unicode_escape")))
T('b"\\\\x4".decode("unicode_escape")', lambda: (b"\\x4".decode("unicode_escape")))
T('b"abc\\\\".decode("unicode_escape")', lambda: (b"abc\\".decode("unicode_escape")))
T('b"\\\\N{NOPE}".decode("unicode_escape")', lambda: (b"\\N{NOPE}".decode("unicode_escape")))
T('b"\\\\u20ac\\\\x41".decode("raw_unicode_escape")', lambda: (b"\\u20ac\\x41".decode("raw_unicode_escape")))
T('"a\\\\b\\u20ac\\n".encode("unicode_escape"), "a\\\\b\\u20ac\\n\\xe9".encode("raw_unicode_escape")', lambda: ("a\\b\u20ac\n".encode("unicode_escape"), "a\\b\u20ac\n\xe9".encode("raw_unicode_escape")))
T('b"x".decode("utf-8", "xmlcharrefreplace")', lambda: (b"x".decode("utf-8", "xmlcharrefreplace")))
T('b"\\x80".decode("utf-8", "xmlcharrefreplace")', lambda: (b"\x80".decode("utf-8", "xmlcharrefreplace")))
T('str(b"\\x80abc", "ascii", "ignore"), str(b"abc", "utf-16-le", "replace")', lambda: (str(b"\x80abc", "ascii", "ignore"), str(b"abc", "utf-16-le", "replace")))
T('str("abc", "utf-8")', lambda: (str("abc", "utf-8")))
T('str(5, "utf-8")', lambda: (str(5, "utf-8")))
T('b"".decode("utf-16"), "".encode("utf-16"), "".encode("utf-32"), "".encode("utf-8-sig")', lambda: (b"".decode("utf-16"), "".encode("utf-16"), "".encode("utf-32"), "".encode("utf-8-sig")))
def attrs():
    try:
        "a\xe9\u20ac".encode("ascii")
    except UnicodeEncodeError as e:
        return e.encoding, e.object, e.start, e.end, e.reason, e.args
T('attrs()', lambda: (attrs()))
def attrs2():
    try:
        b"ab\xff\xfe".decode("utf-8")
    except UnicodeDecodeError as e:
        return e.encoding, e.object, e.start, e.end, e.reason
T('attrs2()', lambda: (attrs2()))
T('"a\\xe9\\u20ac\\U0001f600\\u4e00\\uac01\\x00\\x85\\u0378".encode("ascii", "namereplace")', lambda: ("a\xe9\u20ac\U0001f600\u4e00\uac01\x00\x85\u0378".encode("ascii", "namereplace")))
T('"\\u01a2\\u1f81\\ufeff\\U0001d400".encode("latin-1", "namereplace")', lambda: ("\u01a2\u1f81\ufeff\U0001d400".encode("latin-1", "namereplace")))
