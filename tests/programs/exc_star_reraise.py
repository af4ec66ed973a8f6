def run(body):
    try:
        try:
            raise ExceptionGroup("g", [ValueError("a"), ValueError("b"), TypeError("c")])
        except* ValueError as eg:
            body(eg)
    except BaseException as e:
        print(repr(e))
def reraise_leaf(eg):
    raise eg.exceptions[0]
def raise_eg(eg):
    raise eg
def raise_new_group(eg):
    raise ExceptionGroup("new", [KeyError("k")])
def nothing(eg):
    pass
for f in [reraise_leaf, raise_eg, raise_new_group, nothing]:
    run(f)
