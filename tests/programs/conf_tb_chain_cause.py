def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config value") from e

def load(cfg):
    out = {}
    for k, v in cfg.items():
        try:
            out[k] = parse(v)
        except RuntimeError:
            out[k] = None
            if k == "fatal":
                raise
    return out

print(load({"a": "1", "b": "x"}))
try:
    load({"fatal": "y"})
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

def cleanup():
    try:
        1 / 0
    finally:
        [][0]
cleanup()
