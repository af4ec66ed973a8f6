# String literal forms and escapes
print('single', "double", '''triple single''', """triple double""")
print("tab:\t|", "newline escaped:\\n", "quote: \" and \'", 'mixed "quotes" inside')
print(r"raw \n stays", R"RAW \t", rb"raw bytes \x00", br"\d+")
print("\x41\x42", "\101\102", "\u00e9\u20ac", "\U0001F600", "\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{EM DASH}")
print(len("\U0001F600"), len("e\u0301"), "\u0041" == "A", ord("\x7f"))
print("line one\
 continued")
multi = """first
    indented second
third"""
print(multi.splitlines(), repr(multi))
print("concat" "enated" 'strings', ("across "
      "lines"))
name, value = "pi", 3.14159
print(f"{name}={value:.2f}", f'{name!r}', f"{'nested'}", f"""{name
}""", f"{value:{10}.{3}}", f"{{escaped}}", f"{name:>{6}}")
print(f"{'a' 'b'}", f"{3 + 4 = }", f"{[x for x in range(3)]}", f"{ {'k': 1}['k'] }", f"{(lambda: 'lam')()}")
width, prec = 12, 4
print(f"[{value:^{width}.{prec}f}]", f"[{name:*<{width}}]", f"{255:#0{10}x}")
print(b"bytes", b"\xff\x00", bytes("é", "utf-8"), "é".encode(), b"caf\xc3\xa9".decode())
print(repr("\n\t\\"), repr("'"), repr('"'), repr("'\""), repr("\x00\x1f\x7f\x80\xa0"), repr("\u2028"), ascii("é€😀"))
print(str(123), str(-1.5), str(True), str(None), str([1, "a"]), str(b"b"), str("s"))
print("%s|%5s|%-5s|%.2s" % ("x", "r", "l", "trunc"), "%c%c" % (72, "i"), "%%", "%03d|%+d|% d" % (7, 7, 7))
print("%x %X %o %e %E %g %G" % (255, 255, 8, 1234.5, 1234.5, 0.00001234, 1234567890.0))
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{name} is {age}".format(name="x", age=9))
print("{0[0]} {0[1]} {1.real}".format([10, 20], 3 + 4j), "{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{!r}".format("q"))
print("{:,} {:_} {:.3e} {:%} {:08.3f} {:+}".format(1234567, 1234567, 12345.678, 0.125, 3.14159, 5))
s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.casefold(), s[7:], s[-5:], s[::2], s.find("o"), s.rfind("o"))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.partition(", "), s.rpartition("o"), s.split(", "), s.replace("l", "L", 2))
print(s.center(20, "."), s.ljust(15, "-"), s.rjust(15), "7".zfill(3), "  x ".strip(), "xxhixx".strip("x"), "abc".translate(str.maketrans("ab", "xy")))
print(", ".join(["a", "b"]), "".join(reversed("abc")), "-".join(str(i) for i in range(4)), "a1b2".isalnum(), "ABC".isupper(), "   ".isspace())
print(sorted("hello"), list("hi"), "banana".count("an"), "banana".index("n"), "a,b;c".replace(";", ",").split(","))
print(min("hello"), max("hello"), "b" in "abc", "B" not in "abc", "abc" < "abd", "Z" < "a", "" < "a")
print("ab" * 3, 3 * "-", "x" + "y", len(""), "".join([]), bool(""), bool(" "))
