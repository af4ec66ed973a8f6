"""`python -m json.tool`: check JSON text and print it back out formatted.

Reads one JSON document (or, with --json-lines, one document per input line) from the
input file or stdin and writes it re-encoded to the output file or stdout, one document
per output line.  Invalid JSON ends the program with the decoder's message (exit 1);
a bad command line ends it with argparse's usage message (exit 2); a closed stdout
(broken pipe) ends it with errno.EPIPE.

The output file is only opened once the whole input has been decoded (for a single
document), so `python -m json.tool data.json data.json` rewrites a file in place.
"""
import argparse
import json
import sys
from pathlib import Path

__all__ = ['main']

_PROG = 'python -m json.tool'
_ABOUT = ('A simple command line interface for json module to validate and '
          'pretty-print JSON objects.')

# The indentation switches; argparse allows at most one of them.
# (flag, argparse keywords)
_LAYOUT_FLAGS = (
    ('--indent', {'default': 4, 'type': int,
                  'help': 'separate items with newlines and use this number of '
                          'spaces for indentation'}),
    ('--tab', {'action': 'store_const', 'dest': 'indent', 'const': '\t',
               'help': 'separate items with newlines and use tabs for indentation'}),
    ('--no-indent', {'action': 'store_const', 'dest': 'indent', 'const': None,
                     'help': 'separate items with spaces rather than newlines'}),
    ('--compact', {'action': 'store_true',
                   'help': 'suppress all whitespace separation (most compact)'}),
)


def _command_line():
    cli = argparse.ArgumentParser(prog=_PROG, description=_ABOUT)
    # infile is opened by argparse itself (so a missing file is a usage error);
    # outfile stays a path until there is something to write.
    cli.add_argument('infile', nargs='?', default=sys.stdin,
                     type=argparse.FileType(encoding='utf-8'),
                     help='a JSON file to be validated or pretty-printed')
    cli.add_argument('outfile', nargs='?', default=None, type=Path,
                     help='write the output of infile to outfile')
    cli.add_argument('--sort-keys', action='store_true', default=False,
                     help='sort the output of dictionaries alphabetically by key')
    cli.add_argument('--no-ensure-ascii', action='store_false', dest='ensure_ascii',
                     help='disable escaping of non-ASCII characters')
    cli.add_argument('--json-lines', action='store_true', default=False,
                     help='parse input using the JSON Lines format. Use with '
                          '--no-indent or --compact to produce valid JSON Lines '
                          'output.')
    layout = cli.add_mutually_exclusive_group()
    for flag, spec in _LAYOUT_FLAGS:
        layout.add_argument(flag, **spec)
    return cli


def _encoder_options(opts):
    """json.dump keywords for the parsed options."""
    kw = dict(sort_keys=opts.sort_keys, ensure_ascii=opts.ensure_ascii,
              indent=opts.indent)
    if opts.compact:
        kw['indent'] = None
        kw['separators'] = (',', ':')
    return kw


def _documents(source, per_line):
    """The decoded input: lazily line by line for JSON Lines, else one document
    decoded right away (before any output is opened)."""
    if per_line:
        return (json.loads(text) for text in source)
    return [json.load(source)]


def main():
    opts = _command_line().parse_args()
    encode = _encoder_options(opts)
    source = opts.infile
    with source:
        try:
            docs = _documents(source, opts.json_lines)
            sink = sys.stdout if opts.outfile is None else \
                opts.outfile.open('w', encoding='utf-8')
            with sink:
                for doc in docs:
                    json.dump(doc, sink, **encode)
                    sink.write('\n')
        except ValueError as exc:
            # SystemExit with the exception prints its text and exits with status 1
            raise SystemExit(exc)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
