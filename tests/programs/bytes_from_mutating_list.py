# bytes()/bytearray() of a list whose items' __index__ mutate it
for kind in (bytes, bytearray):
    class X:
        def __index__(self):
            a.clear()
            return 42
    a = [X(), X()]
    print(kind(a))

    class Y:
        def __index__(self):
            if len(a) < 50:
                a.append(self)
            return 42
    a = [Y()]
    print(kind(a))

    class Z:
        def __index__(self):
            del a[1:]
            return 65
    a = [Z(), 1, 2, 3]
    print(kind(a), len(a))
