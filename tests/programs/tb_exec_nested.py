code = """
def helper(n):
    return 10 // n
def run():
    return helper(0)
"""
ns = {}
exec(code, ns)
print(sorted(k for k in ns if not k.startswith("__")))
ns["run"]()
