# locale in the C / C.UTF-8 locales (differential against CPython 3.11; run with LANG=C.UTF-8 or unset)
import locale

print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(sorted(locale.__all__))
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_TIME))
print(locale.getpreferredencoding(), locale.getencoding().lower() in ("utf-8", "ansi_x3.4-1968"))
print(sorted(locale.localeconv().items()))
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL), locale.getlocale(),
      locale.getlocale(locale.LC_NUMERIC))
print(locale.getencoding(), locale.getpreferredencoding(False), locale.nl_langinfo(locale.CODESET))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.getlocale(), locale.getencoding())
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.setlocale(locale.LC_ALL, "C.utf8"), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, ("C", None)) if False else "", locale.setlocale(locale.LC_ALL, "C"))
for bad in ["xx_YY.UTF-8", "de_DE", "klingon"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error", e, locale.setlocale(locale.LC_ALL))
try:
    locale.setlocale(99, "C")
except locale.Error as e:
    print("Error", e)
for name in ["C", "POSIX", "c.utf8", "en_US.utf8", "de_DE.UTF-8", "en_us.iso88591"]:
    print(name, locale.normalize(name))
for f, v in [("%d", 1234567), ("%.2f", 1234.5678), ("%s and %s", ("a", "b")), ("%10.3f|", -3.14159),
             ("%(x)s=%(y)d", {"x": "k", "y": 3}), ("%e", 12345.678), ("%5s%%", "ab"), ("%x", 255)]:
    print(repr(locale.format_string(f, v)), repr(locale.format_string(f, v, grouping=True)))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(0.1 + 0.2))
print(locale.atof("3.5"), locale.atof("1e3"), locale.atoi("-42"), locale.atof("2", int))
print(locale.delocalize("1234.5"), locale.localize("1234.5"), locale.localize("1234.5", grouping=True))
try:
    locale.currency(12.5)
except ValueError as e:
    print("ValueError", e)
try:
    locale.atoi("1,234")
except ValueError as e:
    print("ValueError", e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("x", "x"), locale.strxfrm("abc"))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm))
for item in [locale.D_FMT, locale.T_FMT, locale.D_T_FMT, locale.DAY_1, locale.ABMON_12, locale.RADIXCHAR,
             locale.THOUSEP, locale.YESEXPR, locale.AM_STR, locale.T_FMT_AMPM, locale.MON_9]:
    print(item, locale.nl_langinfo(item))
try:
    locale.nl_langinfo(123456789)
except ValueError as e:
    print("ValueError", e)
print(issubclass(locale.Error, Exception), locale.Error.__name__)

# formatting with other conventions (locale._override_localeconv, as CPython's own tests do)
fr = {"mon_thousands_sep": " ", "thousands_sep": " ", "decimal_point": ",", "mon_decimal_point": ",",
      "grouping": [3, 3, 0], "mon_grouping": [3, 0], "currency_symbol": "€", "int_curr_symbol": "EUR ",
      "frac_digits": 2, "int_frac_digits": 2, "p_cs_precedes": 0, "n_cs_precedes": 0, "p_sep_by_space": 1,
      "n_sep_by_space": 1, "p_sign_posn": 1, "n_sign_posn": 1, "positive_sign": "", "negative_sign": "-"}
locale._override_localeconv = fr
try:
    for f, v in [("%d", 1234567), ("%.2f", 1234567.891), ("%10d", 4200), ("%-10d|", 4200), ("%+.3f", -12345.6789),
                 ("%s %d %.1f%%", ("x", 123456, 99.5)), ("%(a)d/%(b).2f", {"a": 1000000, "b": 0.5}), ("%*d", (8, 1234))]:
        print(repr(locale.format_string(f, v)), repr(locale.format_string(f, v, grouping=True)),
              repr(locale.format_string(f, v, grouping=True, monetary=True)))
    print(locale.currency(1234567.891), locale.currency(-1234.5, grouping=True), locale.currency(12, symbol=False),
          locale.currency(-5, international=True))
    print(locale.str(1234.5), locale.localize("1234567.25", grouping=True), locale.delocalize("1 234 567,25"),
          locale.atof("1 234,5"), locale.atoi("12 345"))
    for n, p in [(0, 0), (2, 1), (3, 3), (4, 4)]:
        locale._override_localeconv = dict(fr, n_sign_posn=n, n_cs_precedes=p % 2)
        print(repr(locale.currency(-1234.5, grouping=True)))
finally:
    locale._override_localeconv = {}
print(locale.format_string("%.2f", 1234.5, grouping=True))
for bad in ["a\0", ]:
    try:
        locale.strcoll(bad, "a")
    except ValueError as e:
        print("ValueError", e)

# normalize() over the whole alias table and assorted spellings; _parse_localename / getlocale forms
import hashlib
names = list(locale.locale_alias) + list(locale.locale_alias.values())
extra = ["de_DE", "de_DE@euro", "de_DE.utf8@euro", "de_DE.latin1@euro", "fr_FR.ISO-8859-1", "en", "ja", "ja_JP.euc", "ja_jp.EUC-JP",
         "sr_RS.UTF-8@latin", "sr_RS.UTF-8@latn", "ca_ES@valencia", "ca_ES.utf8@valencia", "ks_IN@devanagari", "ks_in.UTF8@devanagari",
         "az_AZ.iso88599e", "az_az.ISO-8859-9E", "en_US.utf-8", "EN_us.Utf_8", "xx_YY", "xx_YY.utf8", "C", "POSIX", "c.UTF-8",
         "en_US.ISO8859-15@euro", "pt_BR:UTF-8", "zh_CN.gb2312", "zh_TW.big5", "ru_RU.KOI8-R", "uk_UA.cp1251", "tt_RU@iqtelif",
         "en_US@foo", "de.utf8", "no_NO.utf8", "sr@latin", "en_IN.utf8@bar", "be_BY@latin", "en_US.x-unknown", "ku_TR.utf8@é"]
print(hashlib.sha256(repr([(n, locale.normalize(n)) for n in names + extra]).encode()).hexdigest())
for n in extra:
    try:
        print(n, locale.normalize(n), locale._parse_localename(n))
    except ValueError as e:
        print(n, "ValueError", e)
print(len(locale.locale_alias), len(locale.locale_encoding_alias), len(locale.windows_locale), locale.windows_locale[0x0409])
