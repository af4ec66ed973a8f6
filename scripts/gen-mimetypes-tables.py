"""Regenerate the default tables block of lib/mimetypes.py from python3's own values.

The tables are data (python3's built-in defaults, before any mime.types file is read). They are
stored as plain text, one "<suffix> <value>" pair a line in dict order, between the BEGIN/END
markers in lib/mimetypes.py. Usage: python3 scripts/gen-mimetypes-tables.py
"""
import mimetypes, os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TARGET = os.path.join(ROOT, "lib", "mimetypes.py")
BEGIN = "# BEGIN GENERATED TABLES (scripts/gen-mimetypes-tables.py)\n"
END = "# END GENERATED TABLES\n"


def block(name, table):
    rows = "\n".join(f"{k} {v}" for k, v in table.items())
    return f'{name} = """\n{rows}\n"""\n'


def main():
    parts = [BEGIN,
             block("_SUFFIX_ROWS", mimetypes._suffix_map_default),
             block("_ENCODING_ROWS", mimetypes._encodings_map_default),
             block("_STRICT_ROWS", mimetypes._types_map_default),
             block("_LENIENT_ROWS", mimetypes._common_types_default),
             END]
    text = open(TARGET, encoding="utf-8").read()
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    open(TARGET, "w", encoding="utf-8").write(head + "".join(parts) + tail)


if __name__ == "__main__":
    main()
