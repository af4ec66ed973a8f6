# python -m calendar: text and HTML output, options, usage errors and exit statuses
import subprocess
import sys

# (each case is a child process: the list is kept short)
for args in [['-h'], ['-w', '3', '-l', '2', '2024', '2'], ['-s', '2', '-m', '4', '2023'],
             ['-t', 'html', '-c', 'x.css', '-e', 'ascii', '2024'], ['-t', 'html', '2024', '1'],
             ['-e', 'ascii', '2000', '2'], ['-t', 'pdf'], ['2024', '13']]:
    r = subprocess.run([sys.executable, '-m', 'calendar', *args], capture_output=True)
    err = r.stderr.decode()
    if 'Traceback' in err:
        err = err.splitlines()[-1]      # library paths and lines differ: the error itself
    print(args, r.returncode, len(r.stdout), r.stdout[:300], r.stdout[-200:])
    print(err)
