# mimetypes as a program (its _main entry point, argv-driven).
import mimetypes
import sys

for argv in (['-e', 'text/plain', 'foo/bar'], ['a.gz', 'zz.qq', 'x.html'], ['-l', 'x.jpg', 'x.pict'],
             ['--extension', '--lenient', 'image/jpg'], ['-h'], ['--bad']):
    sys.argv = ['mimetypes.py'] + argv
    try:
        mimetypes._main()
    except SystemExit as e:
        print('exit', e.code)
