import sys, os, tempfile, importlib, traceback, shutil
d = tempfile.mkdtemp()
sys.path.insert(0, d)
bodies = {
    'm_return': 'x = 1\nreturn 5\n',
    'm_exstar': 'def f():\n  try:\n    pass\n  except* ValueError:\n    return 5\n',
    'm_global': 'def f():\n  x = 1\n  global x\n',
    'm_break': 'try:\n  pass\nexcept* ValueError:\n  break\n',
    'm_nonlocal': 'nonlocal q\n',
    'm_yield': 'class C:\n    yield 1\n',
    'm_await': 'def f():\n    await g()\n',
    'm_parse': 'x = (1,\n  2\n',
    'm_indent': 'if True:\nprint(1)\n',
    'm_star': 'def f(**k, *a): pass\n',
    'm_dupe': 'def f(a, a): pass\n',
    'm_future': 'import os\nfrom __future__ import annotations\n',
    'm_str': "s = 'abc\n",
    'm_triple': 'x = 1\ns = """abc\n\ndef\n',
    'm_char': 'x = 1 $ 2\n',
    'm_tab': 'if 1:\n        a = 1\n\tb = 2\n',
    'm_eof': 'def f(:\n',
    'm_unindent': 'if 1:\n    a\n  b\n',
    'm_utf': 'x = "é" +\n',
    'm_fstr': 'x = f"{a b}"\n',
    'm_hex': 'x = 0xg\n',
    'm_lead': 'x = 012\n',
    'm_unmatched': 'x = 1)\n',
    'm_mismatch': 'x = (1]\n',
    'm_cont': 'x = 1 \\ 2\n',
    'm_nonprint': 'x = 1\x01\n',
    'm_unicode': 'x = "\\N{NOPE}"\n',
    'm_ok': 'VALUE = 42\n',
}
for name, body in bodies.items():
    with open(os.path.join(d, name + '.py'), 'w') as f:
        f.write(body)
importlib.invalidate_caches()
for name in bodies:
    try:
        m = importlib.import_module(name)
        print(name, 'imported', m.VALUE)
    except SyntaxError as e:
        print(name, type(e).__name__, '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), os.path.basename(e.filename))
        lines = traceback.format_exception_only(type(e), e)
        print(''.join(lines).replace(d, '<dir>'), end='')
shutil.rmtree(d)
