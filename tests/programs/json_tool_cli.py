# python -m json.tool: formatting options and JSON Lines (json_tool_errors.py: errors, files)
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


# (each case is a child process: the list is kept short)
for opts in [(), ('--tab', '--sort-keys'), ('--indent', '0', '--no-ensure-ascii'),
             ('--compact', '--no-ensure-ascii', '--sort-keys'), ('--no-indent',)]:
    tool(*opts)

# JSON Lines: one document per line; a bad line stops after the ones before it
tool('--json-lines', data='{"a": 1}\n[2, 3]\n"x"\n')
tool('--json-lines', '--compact', data='{"a": 1}\n  [2, 3]  \n')
tool('--json-lines', data='{"a": 1}\n\n[2]\n')

