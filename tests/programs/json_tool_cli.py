# python -m json.tool: formatting options, JSON Lines, files, usage errors and exit codes
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


for opts in [(), ('--sort-keys',), ('--compact',), ('--tab',), ('--no-indent',),
             ('--indent', '0'), ('--indent', '2', '--sort-keys'), ('--no-ensure-ascii',),
             ('--compact', '--no-ensure-ascii', '--sort-keys')]:
    tool(*opts)

# JSON Lines: one document per line; a bad line stops after the ones before it
tool('--json-lines', data='{"a": 1}\n[2, 3]\n"x"\n')
tool('--json-lines', '--compact', data='{"a": 1}\n  [2, 3]  \n')
tool('--json-lines', data='{"a": 1}\n\n[2]\n')
tool('--json-lines', data='')

# decoding errors: the message, exit status 1
for bad in ['', '{"a": ', '[1, 2]x', '{"a" 1}', "{'a': 1}", '[1,]', 'nul']:
    tool(data=bad)
tool(data='NaN')
tool(data='[1e400, -Infinity]')

# usage errors: exit status 2
tool('--indent', 'x')
tool('--indent', '2', '--tab')
tool('--compact', '--no-indent')
tool('--bogus')
tool('a', 'b', 'c')
tool('missing.json')
tool('-h')
tool('--help')

# files: infile to stdout, infile to outfile, in place, non-ASCII contents
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'in.json')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('{"k\u00e9y": ["v\u00e4lue", 1]}')
    tool('in.json', data='', cwd=d)
    tool('--no-ensure-ascii', 'in.json', 'out.json', data='', cwd=d)
    with open(os.path.join(d, 'out.json'), encoding='utf-8') as f:
        print(repr(f.read()))
    tool('--compact', 'in.json', 'in.json', data='', cwd=d)
    with open(src, encoding='utf-8') as f:
        print(repr(f.read()))
    tool('out.json', 'sub/missing/out.json', data='', cwd=d, last_line=True)
    print()
