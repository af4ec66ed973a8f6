class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
print("raising")
raise BadStr("x")
