code = "x = (1 +\n  2))\n"
try:
    compile(code, "snippet.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
eval("1 +* 2")
