src = """
def helper(x):
    return x[10]
helper([1, 2])
"""
try:
    exec(src)
except IndexError as e:
    print("caught", e)
ns = {}
exec(compile("def g():\n    return 1/0\n", "virtual.py", "exec"), ns)
ns["g"]()
