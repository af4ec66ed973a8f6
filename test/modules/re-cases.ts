/**
 * Hand-written differential cases for the re engine (see re-harness.ts). Expected results are
 * not written here: python3 computes them when the test runs.
 */
import type { Case, Op } from "./re-harness.ts";

const I = 2, L = 4, M = 8, S = 16, U = 32, X = 64, A = 256, T = 1;

const cases: Case[] = [];

const MATCH_OPS: Op[] = ["search", "match", "fullmatch", "findall", "finditer"];

/** Every (pattern, subject) pair through search/match/fullmatch/findall/finditer. */
function m(p: string, subjects: string[], f = 0, ops: Op[] = MATCH_OPS): void {
  cases.push({ p, f, op: "compile" });
  for (const s of subjects) for (const op of ops) cases.push({ p, f, op, s });
}
function mb(p: string, subjects: string[], f = 0, ops: Op[] = MATCH_OPS): void {
  cases.push({ p, f, b: true, op: "compile" });
  for (const s of subjects) for (const op of ops) cases.push({ p, f, b: true, op, s });
}
/** Patterns that must fail (or warn) exactly as in CPython. */
function err(ps: string[], f = 0, b = false): void {
  for (const p of ps) cases.push({ p, f, b, op: "compile" });
}
function sub(p: string, r: string, subjects: string[], f = 0, n = 0): void {
  for (const s of subjects) cases.push({ p, f, op: "sub", r, s, n });
}
function split(p: string, subjects: string[], f = 0, n = 0): void {
  for (const s of subjects) cases.push({ p, f, op: "split", s, n });
}

// ---- literals and escapes
m("abc", ["abc", "xabcx", "ab", "ABC", ""]);
m("a\\.c", ["a.c", "abc"]);
m("\\n\\t\\r\\f\\v\\a\\\\", ["\n\t\r\f\v\x07\\"]);
m("\\x41\\x7a", ["Az", "az"]);
m("\\u00e9\\U0001F600", ["\u00e9\u{1F600}", "e"]);
m("\\N{EM DASH}\\N{LATIN SMALL LETTER A}", ["\u2014a"]);
m("\\N{em dash}", ["\u2014"]);
m("\\N{LINE FEED}\\N{space}[\\N{DIGIT ONE}-\\N{DIGIT THREE}]", ["\n 2"]);
err(["\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}", "\\N{KEYCAP NUMBER SIGN}", "[\\N{}]", "\\N{LATIN SMALL LETTER A}{2}"]);
m("\\101\\0\\07\\141", ["A\x00\x07a"]);
m("\\1010", ["A0"]);
m("[\\101-\\132]+", ["HELLO world"]);
m("\\-\\#\\ \\&\\~", ["-# &~"]);
m("\u{1F600}+", ["x\u{1F600}\u{1F600}y"]);
m("\\$\\^\\*", ["$^*"]);

// ---- dot, anchors
m(".", ["a", "\n", ""]);
m(".+", ["ab\ncd"], S);
m(".+", ["ab\ncd"]);
m("^a", ["a", "ba", "b\na"]);
m("^a", ["b\na"], M);
m("a$", ["a", "a\n", "a\n\n", "ab"]);
m("a$", ["a\nb", "a\n\n"], M);
m("$", ["", "a", "a\n", "a\n\n"]);
m("^$", ["", "\n", "a\n\nb"], M);
m("^", ["a\nb\n"], M);
m("\\Aa", ["a", "ba"]);
m("a\\Z", ["a", "a\n"]);
m("\\bfoo\\b", ["foo", "a foo b", "foobar", "_foo"]);
m("\\Bfoo\\B", ["afoob", "foo"]);
m("\\b", ["", "a", " ", "ab cd"]);
m("\\B", ["", "a", " ", "ab cd"]);
m("\\b\\w+\\b", ["h\u00e9llo w\u00f6rld"]);
m("\\b\\w+\\b", ["h\u00e9llo w\u00f6rld"], A);
m("(?m)^\\w+$", ["one\ntwo\nthree\n"]);

// ---- sets
m("[abc]+", ["xxabcaxx"]);
m("[^abc]+", ["abxyzc"]);
m("[a-z0-9_]+", ["Hello_World 42"]);
m("[]a]+", ["]a]b"]);
m("[^]a]+", ["]a]b"]);
m("[-a]+", ["a-b"]);
m("[a-]+", ["a-b"]);
m("[\\]]+", ["]]"]);
m("[\\d]+", ["ab123"]);
m("[\\w\\s]+", ["a b_c!"]);
m("[^\\W\\d]+", ["ab12cd"]);
m("[\\x00-\\x1f]+", ["a\x01\x02b"]);
m("[\\u0400-\\u04ff]+", ["abc\u0410\u0411xyz"]);
m("[\\U0001F600-\\U0001F64F]+", ["x\u{1F600}\u{1F610}y"]);
m("[.*+?]+", ["a.*+?b"]);
m("[\\n]", ["\n"]);
m("[\\b]", ["\b", "b"]);
m("[a\\-z]+", ["-az"]);
m("[\\^a]+", ["^a"]);
m("[a^]+", ["^a"]);
m("[\\N{EM DASH}x]+", ["\u2014x"]);
m("[\\0\\07\\101]+", ["\x00\x07A"]);
m("\\d+", ["abc123\u0661\u0662x", "\u0966\u0967"]);
m("\\d+", ["abc123\u0661\u0662x"], A);
m("\\D+", ["12ab34"]);
m("\\s+", ["a \t\n\r\f\v\u00a0\u2003\u3000b", "\x1c\x1d\x1e\x1f\x85"]);
m("\\s+", ["a \t\n\u00a0b"], A);
m("\\S+", ["  ab  "]);
m("\\w+", ["h\u00e9llo_w\u00f6rld\u00b2\u0660 \u4e2d\u6587"]);
m("\\w+", ["h\u00e9llo"], A);
m("\\W+", ["ab, cd!"]);

// ---- quantifiers
m("a*", ["", "aaa", "baaa"]);
m("a+", ["", "aaa", "baaa"]);
m("a?", ["", "aaa"]);
m("a{2}", ["a", "aa", "aaaaa"]);
m("a{2,}", ["a", "aaaaa"]);
m("a{,2}", ["aaaaa"]);
m("a{2,3}", ["aaaaa"]);
m("a{0}", ["aaa"]);
m("a{,}", ["aaa"]);
m("a*?", ["aaa"]);
m("a+?", ["aaa"]);
m("a??", ["aaa"]);
m("a{2,3}?", ["aaaaa"]);
m("a*?b", ["aaab"]);
m("a{", ["a{", "a"]);
m("a{1", ["a{1"]);
m("a{1,", ["a{1,"]);
m("a{,", ["a{,"]);
m("a{x}", ["a{x}"]);
m("a{}", ["a{}"]);
m("x{1,2}{", ["xx{"]);
m("(?:ab)*", ["ababab"]);
m("(?:ab)+?c", ["ababc"]);
m("(ab)*", ["ababab", ""]);
m("(a|b)*c", ["abac"]);
m("(a*)*", ["aaa", "b"]);
m("(a*)+", ["aaa", "b"]);
m("(a|)*", ["aaa"]);
m("(a?)*?b", ["aab"]);
m("(?:a|())*", ["aa"]);
m("(?:()|a)*", ["aa"]);
m("(a*?)*", ["aa"]);
m("(?:a*)*b", ["aab"]);
m("(?:a+|b+)*c", ["abbac"]);
m("(a{2})*", ["aaaaa"]);
m("(?:x{2,3}){2}", ["xxxxxx", "xxxx", "xxx"]);
m("(a){0}b", ["ab"]);
m("a{3,5}b{2}", ["aaaabb", "aabb"]);
m(".*foo", ["xfooyfoo"]);
m(".*?foo", ["xfooyfoo"]);
m("\\d{2,4}?\\d", ["123456"]);
m("[ab]*?c", ["ababc"]);
m("(?:)*", ["ab"]);
m("(?:^)*", ["ab"]);
m("(?:$)+", ["ab"]);
m("(?:\\b)*x", ["x"]);

// ---- possessive and atomic (3.11)
m("a*+a", ["aaaa"]);
m("a++b", ["aaab", "b"]);
m("a?+a", ["a", "aa"]);
m("a{1,2}+a", ["aa", "aaa"]);
m("(?:ab)*+ab", ["ababab"]);
m("(?:ab)++", ["ababx"]);
m("(?:a|ab)*+c", ["abc", "aac"]);
m("(a|b)*+c", ["abac"]);
m("(?>a*)a", ["aaa"]);
m("(?>a*)b", ["aaab"]);
m("(?>a|ab)c", ["abc", "ac"]);
m("(?>(a)|b)+", ["aba"]);
m("(?>(\\w+))\\s", ["ab cd"]);
m("x(?>a+)?", ["xaa", "x"]);
m("(?:(?>a+)b)+", ["aabab"]);
m("(?>.*?)x", ["abx"]);
m("(?:a*+)*b", ["aab"]);
m("(?:(a)|b)*+", ["ab", "ba"]);
m("(?:a{2})++", ["aaaaa"]);
m("(?>a)*", ["aaa"]);

// ---- groups and captures
m("(a)(b)?(c)", ["ac", "abc"]);
m("(a)|b", ["b", "a"]);
m("(a)|(b)", ["b", "ab"]);
m("((a)|b)+", ["ab", "ba"]);
m("(?:(a)|b)*", ["ab", "ba", "aba"]);
m("(?:(a)|(b))+", ["ab", "ba"]);
m("(?:(a)x|a)(b)", ["ab"]);
m("(?:(a)|b)(?:(c)|d)*", ["bcd", "acdc"]);
m("(a)(?:x(b)|y)*", ["axbyz", "ay"]);
m("((a)(b))*c", ["ababc"]);
m("(((((((((((a)))))))))))\\11", ["aa"]);
m("(?P<first>\\w+) (?P<last>\\w+)", ["Jane Doe"]);
m("(?P<a>x)(?P=a)", ["xx", "xy"]);
m("(?P<a>x)|(?P<b>y)", ["y"]);
m("(a)\\1", ["aa", "ab"]);
m("(a*)\\1b", ["aaaab"]);
m("(a)|\\1", ["x"]);
m("(?:(a)|b)\\1", ["aa", "ba"]);
m("(a)?\\1?", ["b"]);
m("(\\w)(?:\\1)+", ["aaab"]);
m("(?i)(a)\\1", ["aA"]);
m("(a+)+b", ["aaab"]);
m("(a)(?:(b)|c)+", ["abc"]);
m("(x)?(?(1)a|b)", ["xa", "b", "xb", "a"]);
m("(?P<q>')?\\w+(?(q)')", ["'ab'", "ab", "'ab"]);
m("(a)?(?(1)b)c", ["abc", "c", "ac"]);
m("(?(1)a|b)(x)", ["bx", "ax"]);
m("(?:(a)|b)(?(1)c|d)", ["ac", "bd", "ad"]);
m("(\\d)?(?(1)\\d|x)+", ["12x", "xx"]);
m("()", [""]);
m("(?:)", ["a"]);
m("(a)(?:)", ["a"]);
m("a|b|c", ["xc"]);
m("ab|ac|ad", ["xad"]);
m("abc|abd|a", ["ab", "abd"]);
m("a|ab", ["ab"]);
m("|a", ["a"]);
m("a|", ["b"]);
m("(|a)+", ["aa"]);
m("x(?:ab|ac)y", ["xacy"]);
m("(a|ab)(c|bcd)(d*)", ["abcd"]);

// ---- lookaround
m("a(?=b)", ["ab", "ac"]);
m("a(?!b)", ["ab", "ac"]);
m("(?<=a)b", ["ab", "cb"]);
m("(?<!a)b", ["ab", "cb"]);
m("(?<=ab)c", ["abc", "bc"]);
m("(?<=a|b)c", ["bc"]);
m("(?<=(a))b", ["ab"]);
m("(?=(a))a", ["a"]);
m("(?=(a+))a*b\\1", ["baaabac"]);
m("(?!(a))b", ["b"]);
m("(?:(?=(a))a)*", ["aa"]);
m("(?<=\\d{3})x", ["12x", "123x"]);
m("(?<!^)x", ["xx"]);
m("(?<=^|,)\\w+", ["a,b,c"]);
m("\\w+(?=,)", ["a,bb,c"]);
m("(?=a)*a", ["a"]);
m("(?<=(?P<x>a))(?P=x)", ["aa"]);
m("(a)(?<=\\1)", ["a"]);
m("(?<=a(?=b))b", ["ab"]);
m("(?!)|b", ["b"]);
m("(?=)", ["ab"]);

// ---- flags
m("(?i)abc", ["ABC", "aBc"]);
m("abc", ["ABC"], I);
m("(?i:a)b", ["Ab", "AB"]);
m("(?-i:a)b", ["aB", "AB"], I);
m("a(?i)", ["a"]);
m("(?s).", ["\n"]);
m("(?s:.)(.)", ["\n\n", "\na"]);
m("(?m)a$", ["a\nb"]);
m("(?x) a b c # comment", ["abc"]);
m("(?x)a\\ b", ["a b"]);
m("(?x)[ a]", [" ", "a"]);
m("(?x)a{2} #x\n b", ["aab"]);
m("(?x:a b) c", ["ab c", "abc"]);
m("(?-x:a b)", ["a b"], X);
m("a b", ["ab", "a b"], X);
m("(?a)\\w+", ["h\u00e9"]);
m("(?u)\\w+", ["h\u00e9"]);
m("(?a:\\w+)\\w", ["h\u00e9"]);
m("(?i)[a-z]+", ["HeLLo"]);
m("(?i)[^a-z]+", ["HeLLo123"]);
m("[A-Z]+", ["hello"], I);
m("(?im)^ab$", ["x\nAB\n"]);
m("(?#a comment)ab", ["ab"]);
m("a(?#x)*", ["aaa"]);
m("(?i)\u00df", ["\u1e9e", "SS", "\u00df"]);
m("(?i)\u0130", ["i", "I", "\u0131", "\u0130"]);
m("(?i)i", ["\u0130", "\u0131", "I"]);
m("(?i)[i]", ["\u0130", "\u0131", "I"]);
m("(?i)s", ["\u017f", "S"]);
m("(?i)[rst]", ["\u017f"]);
m("(?i)k", ["\u212a", "K"]);
m("(?i)\u212a", ["k", "K"]);
m("(?i)[\u212a]", ["k"]);
m("(?i)\u00b5", ["\u03bc", "\u039c"]);
m("(?i)\u03c3", ["\u03a3", "\u03c2"]);
m("(?i)[\u03c3]", ["\u03a3", "\u03c2"]);
m("(?i)\u01c5", ["\u01c4", "\u01c6"]);
m("(?i)\u0345", ["\u03b9", "\u0399", "\u1fbe"]);
m("(?i)[\u0100-\u017f]+", ["\u0100\u0101K\u212aS"]);
m("(?i)[a-\u017f]", ["\u212a"]);
m("(?i)\u{10400}", ["\u{10428}"]);
m("(?i)[\u{10400}x]", ["\u{10400}", "\u{10428}", "X"]);
m("(?i)[\u{10400}-\u{10410}]", ["\u{10428}", "\u{10400}"]);
m("(?i)[\u0100-\u{10410}]", ["\u00b5", "\u{10428}", "a"]);
m("(?i)[^a]", ["A", "b"]);
m("(?i)[^\u212a]", ["k"]);
m("(?ia)k", ["\u212a"]);
m("(?ia)[k]", ["\u212a", "K"]);
m("(?ia)[\u0100-\u0200]", ["\u0101"]);
m("(?i)(\u00e9)\\1", ["\u00e9\u00c9"]);
m("(?i)[\\w]+", ["AbC"]);
m("(?i)[\\d\u0101]+", ["\u0100"]);
m("(?i)\\W", ["\u0130"]);
m("(?i)a{2,}", ["aAAa"]);
m("(?i)[^\\W]", ["A"]);
m("(?i)[ab\\s]+", ["A B"]);

// CPython tests the first character with the top-level flags' categories (charset prefix)
m("(?a:\\W(?u:\\w)\\W)", ["x<\u{1D518}\u{1D52B}\u{1D526}>y", "a \u00e9 b"]);
m("(?a)(?u:\\w)+", ["\u00e9a\u00e9", "\u00e9\u00e9"]);
m("(?a:\\w)+", ["\u00e9ab"]);
m("(?a:[\\w\\s])+", ["\u00e9a b"]);
m("(?a:\\d)", ["\u0661\u06621"]);
m("(?a:\\s)x", ["\u2003x x"]);
m("(?:(?a:\\W)|b)c", ["\u00e9c"]);
m("(?a:\\W)|x", ["\u00e9"]);
mb("(?L:\\w)+", ["ab"]);

// ---- bytes
mb("abc", ["xabcx"]);
mb("\\w+", ["h\xe9llo", "ab_1"]);
mb("\\d+\\s+", ["12 \xa0"]);
mb("(?i)abc", ["ABC"]);
mb("(?i)\xe9", ["\xc9"]);
mb("(?L)\\w+", ["ab\xe9"]);
mb("(?Li)ABC", ["abc"]);
mb("\\w+", ["abc"], L);
mb("[a-z]+", ["ABC"], L | I);
mb("[\\x80-\\xff]+", ["a\x80\xffb"]);
mb("\\bx\\b", ["x y"]);
mb("\\bx\\b", ["x y"], L);
mb("(a)(b)?", ["ab"], 0, ["findall", "search"]);
mb(".", ["\n"], S);
mb("[\\d\\s]+", ["1 2"]);
mb("\\u", ["u"]);
mb("\\N{EM DASH}", ["x"]);
mb("(?i)[\\xe0-\\xff]", ["\xc0"]);
mb("(?a)x", ["x"]);

// ---- pos / endpos
for (const [pos, endpos] of [[1, 3], [0, 0], [2, 1], [5, 10], [-3, 2], [3, 3], [0, 100], [1, 4]]) {
  for (const op of ["search", "match", "fullmatch", "findall", "finditer", "scanmatch"] as Op[]) {
    cases.push({ p: "a*", op, s: "baaab", pos, endpos });
    cases.push({ p: "^a|a$|\\ba", op, s: "abaa", pos, endpos });
    cases.push({ p: "(?<=b)a", op, s: "baab", pos, endpos });
    cases.push({ p: "", op, s: "abc", pos, endpos });
    cases.push({ p: ".\\b", op, s: "ab cd", pos, endpos });
    cases.push({ p: "a$", op, s: "aa\na", pos, endpos });
  }
}
cases.push({ p: "", op: "match", s: "abcdef", pos: 5, endpos: 2 });
cases.push({ p: "\\Z", op: "search", s: "abcdef", pos: 5, endpos: 2 });
cases.push({ p: "$", op: "search", s: "ab\n", pos: 0, endpos: 2 });

// ---- findall / finditer / split / sub
m("(a)(b)|(c)", ["abcab"], 0, ["findall", "finditer"]);
m("(\\w+)=(\\d+)?", ["a=1 b= c=3"], 0, ["findall"]);
m("\\b", ["ab cd"], 0, ["findall", "finditer"]);
m("x*", ["abxd", "", "xx"], 0, ["findall", "finditer"]);
m("a|", ["aab"], 0, ["findall", "finditer"]);
m("|a", ["aab"], 0, ["findall", "finditer"]);
m("(?=a)|a", ["aab"], 0, ["findall", "finditer"]);
m("\\w*", ["ab cd"], 0, ["findall", "finditer", "scanmatch"]);
m("a*?", ["aaa"], 0, ["findall", "finditer", "scanmatch"]);
m("(a|b)*?c", ["abcabc"], 0, ["finditer", "scanmatch"]);
split("x*", ["axbc", "", "x", "xx"]);
split(",", ["a,b,,c,", ",", ""]);
split("(,)", ["a,b,c"]);
split("(,)|(;)", ["a,b;c"]);
split("\\b", ["ab cd"]);
split("\\s*", ["a b  c"]);
split("", ["abc"]);
split("(?=b)", ["abab"]);
split("a", ["aaa"], 0, 2);
split("a", ["aaa"], 0, -1);
split("(a)?b", ["ab b"]);
split("x*", ["axxbc"], 0, 1);
split("^", ["a\nb\nc"], M);
split("$", ["a\nb\n"], M);
sub("x*", "-", ["abxd", "", "xx", "axbxx"]);
sub("a", "b", ["aaa"], 0, 2);
sub("a", "b", ["aaa"], 0, -1);
sub("(a)(b)?", "[\\2\\1]", ["aab"]);
sub("(?P<x>a)", "<\\g<x>\\g<1>\\g<0>>", ["bab"]);
sub("a", "\\n\\t\\\\\\a\\&\\-", ["xay"]);
sub("a", "\\0\\07\\101\\1010", ["a"]);
sub("(a)", "\\10", ["a"]);
sub("(a)", "\\g<1>0", ["a"]);
sub("", "-", ["abc"]);
sub("\\b", "|", ["ab cd"]);
sub("(?=a)", "^", ["aa"]);
sub("a|(b)", "[\\1]", ["ab"]);
sub("(a)|b", "\\g<1>", ["ab"]);
sub("$", "!", ["a\n"]);
sub("(?m)$", "!", ["a\nb\n"]);
sub("\\w+", "\u00e9", ["ab cd"]);
sub("a", "\\q", ["a"]);
sub("a", "\\g", ["a"]);
sub("a", "\\g<", ["a"]);
sub("a", "\\g<x", ["a"]);
sub("a", "\\g<>", ["a"]);
sub("a", "\\g<1a>", ["a"]);
sub("a", "\\g<-1>", ["a"]);
sub("a", "\\g<+0>", ["a"]);
sub("a", "\\g< 0>", ["a"]);
sub("a", "\\g<\u0660>", ["a"]);
sub("a", "\\g<1>", ["a"]);
sub("a", "\\g<name>", ["a"]);
sub("a", "\\g<99999999999999999999>", ["a"]);
sub("a", "\\1", ["a"]);
sub("a", "\\9", ["b"]);
sub("a", "\\400", ["a"]);
sub("a", "x\\", ["a"]);
sub("a", "\\8", ["a"]);
sub("(a)", "\\g<01>", ["a"]);
cases.push({ p: "(a)(?P<n>b)?", op: "expand", s: "ab", r: "\\2-\\g<n>-\\1" });
cases.push({ p: "(a)(?P<n>b)?", op: "expand", s: "a", r: "[\\2]" });
cases.push({ p: "(a)", op: "expand", s: "a", r: "\\g<2>" });
cases.push({ p: "(a)", b: true, op: "sub", s: "xax", r: "<\\1\\n\\0\\377>" });
cases.push({ p: "(a)", b: true, op: "sub", s: "xax", r: "\\g<\xe9>" });
cases.push({ p: "(?P<\xe9>a)", b: true, op: "sub", s: "xax", r: "\\g<\xe9>" });

// ---- errors
err([
  "(", ")", "a)", "(a", "((a)", "[", "[a", "[]", "[^]", "[a-", "[z-a]", "[\\d-z]", "[a-\\d]", "[\\w-]",
  "*", "+a", "?", "{1}", "a**", "a*+*", "a{2}{3}", "a??+", "^*", "$+", "\\b*", "(?:)*", "a|*",
  "\\", "a\\", "(\\", "[\\", "\\q", "\\A*", "[\\A]", "[\\Z]", "[\\B]", "\\x", "\\x1", "\\xg", "\\u12", "\\U1234567",
  "\\U00110000", "[\\U00110000]", "\\N", "\\N{", "\\N{}", "\\N{EM DASH", "\\N{NOT A NAME}", "\\N{LATIN SMALL LETTER A",
  "\\777", "[\\777]", "[\\8]", "\\8", "\\1", "(a)\\2", "(a)\\10", "(\\1)", "(?P<a>\\1)", "(a)\\100",
  "(?", "(?P", "(?Px", "(?P<", "(?P<>a)", "(?P<a", "(?P<1>a)", "(?P<a b>x)", "(?P<a>a)(?P<a>b)",
  "(?P=", "(?P=a", "(?P=a)", "(?P<a>(?P=a))", "(?P=1)", "(?<", "(?<x", "(?<=a", "(?<=a*)", "(?<=a|bc)",
  "(?<!a{1,2})", "(?<=(a)\\1)", "(?<=a(?P=x))", "(a)(?<=\\1)", "(?<=(a))", "(?<=(?(1)a|b))", "(?(1)a|b)",
  "(?(a)b)", "(?(1a)x)", "(?(-1)x)", "(?(0)x)", "(?(1)a|b|c)", "(a)(?(1)a|b|c)", "(?(1", "(?(", "(?()a)",
  "(?(99999999999)a)", "(?( 1)x)()", "(?(\u0661)x)()", "(?(+1)x)()", "(?(1_0)x)" + "()".repeat(10),
  "(?#", "(?#abc", "(?x", "(?i", "(?i-", "(?i-x", "(?-", "(?-x", "(?-x)", "(?i-i:a)", "(?ix-x:a)",
  "(?q)", "(?iq)", "(?i-q:a)", "(?i!)", "(?-!:a)", "(?-i!)", "(?t:a)", "(?-t:a)", "(?L)a", "(?iL)a",
  "(?a)(?u)", "(?au)", "(?u-a:x)", "(?-a:x)", "(?-u:x)", "(?-L:x)", "x(?i)", "a|(?i)b", "(?i)(?x)a",
  "(a(?i)b)", "(?:x)(?m)", "(?x)  (?i)a", "(?x)#c\n(?s)a", "(?=", "(?!a", "(?<=a", "(?>", "(?>a",
  "[[a]", "[a--b]", "[a&&b]", "[a~~b]", "[a||b]", "[--a]", "[a-b--c]", "a{3,2}", "a{4294967295}",
  "a{4294967294,4294967295}", "a{1,99999999999999}", "a{00000000000000001}", "\\\u00e9", "(?\u00e9)", "(?i\u00e9)",
  "(?P\u00e9)", "(?<\u00e9)", "(?i-\u00e9:a)", "[\\q]", "a{,2}{1}", "(?x)a #\n*", "(?x)a # x",
  "(?P<\u00e9>a)", "(?P<\u00e9\u00e8>a)(?P=\u00e9\u00e8)", "\\N{HANGUL SYLLABLE GAG}", "\\N{CJK UNIFIED IDEOGRAPH-4E00}",
  "\\N{LATIN CAPITAL LETTER GHA}", "\\N{CJK UNIFIED IDEOGRAPH-4e00}", "line1\n(",
  "abc\n(?<=a*)", "(?<=a{3})b", "(?<=a(?:bc|de))x", "(?<=a(?:b|cd))x", "(?<=\\b)a", "(?<=x(?=yz))a",
  "(?i)\\N{KELVIN SIGN}", "(?P<a>x)(?(a)y|z)", "(?P<a>x)(?(b)y|z)", "(?(a)",
  "a{1}{2}", "a?{2}", "a(?:*)", "(?:a|)+b", "\\Z+", "\\A?",
]);
err(["(?u)a", "(?L)a", "(?a)(?L)", "(?Lu)", "\\w", "(?i)\\u0041", "\\U00000041", "[\\u00e9]", "(?P<\xe9>a)", "(?(\xe9)a)",
  "(?P<a>b)(?P=\xe9)", "(?(1\xe9)a)"], 0, true);
err(["a"], L);
err(["a"], A | U);
err(["a"], A | L, true);
err(["a"], U, true);
err(["a"], L | I, true);
err(["(?a)x"], U);
err(["(?u)x"], A);
err(["a*", "a+?", "a{2}", "(a)|b", "[ab]"], T);
err(["a"], X | S | M | I);
err(["\\w"], A);
err(["a#b\n(c"], X);
err(["(?x)a#b\n(c"]);

export const CASES = cases;
