source = """
def broken(:
    pass
"""
try:
    compile(source, "snippet.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
exec("x = 1 +\n")
