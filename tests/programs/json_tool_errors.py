# python -m json.tool: decoding and usage errors, exit codes, input and output files
import os
import subprocess
import sys
import tempfile

DOC = '{"b": [1, 2, {"\u00e9": null, "z": true}], "a": 1.5, "c": "\\ud83d\\ude00"}'


def tool(*args, data=DOC, cwd=None, last_line=False):
    r = subprocess.run([sys.executable, '-m', 'json.tool', *args], input=data,
                       capture_output=True, text=True, cwd=cwd, encoding='utf-8')
    print('$ json.tool', *args, '->', r.returncode)
    print(r.stdout, end='')
    # a traceback names the library's own files and lines: only its last line is compared
    print('stderr:', r.stderr.splitlines()[-1] if last_line else r.stderr, end='')


# decoding errors: the message, exit status 1
for bad in ['', '[1, 2]x', "{'a': 1}"]:
    tool(data=bad)
tool(data='[NaN, 1e400, -Infinity]')

# usage errors: exit status 2
tool('--indent', 'x')
tool('--indent', '2', '--tab')
tool('a', 'b', 'c')
tool('missing.json')
tool('-h')

# files: infile to stdout, infile to outfile, in place, non-ASCII contents
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'in.json')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('{"k\u00e9y": ["v\u00e4lue", 1]}')
    tool('--no-ensure-ascii', 'in.json', 'out.json', data='', cwd=d)
    with open(os.path.join(d, 'out.json'), encoding='utf-8') as f:
        print(repr(f.read()))
    tool('--compact', 'in.json', 'in.json', data='', cwd=d)
    with open(src, encoding='utf-8') as f:
        print(repr(f.read()))
    tool('out.json', 'sub/missing/out.json', data='', cwd=d, last_line=True)
    print()
