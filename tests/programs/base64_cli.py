# python -m base64: -e/-d/-u/-t/-h, file or stdin, usage errors (program path masked)
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'in.bin'), 'wb') as f:
        f.write(b'a\xffb\n' * 30)
    # (each case is a child process: the list is kept short)
    for args in [['-h'], ['-x'], ['-t'], ['-e', 'in.bin'], ['-u'], ['-d', '-e'], ['missing.bin']]:
        r = subprocess.run([sys.executable, '-m', 'base64', *args], input=b'YWJj\nZGVm\n',
                           capture_output=True, cwd=d)
        out = r.stdout.decode('latin-1').split('\n')
        err = r.stderr.decode('latin-1').split('\n')
        mask = lambda lines: [l.replace(l.split()[1], 'PROG') if l.startswith('usage:') else l
                              for l in lines]
        if 'Traceback' in err[0]:
            err = err[-2:]
        print(args, r.returncode, mask(out), mask(err))
