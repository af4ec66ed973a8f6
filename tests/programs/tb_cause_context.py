class ParseError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad number: {text!r}") from e
def load(lines):
    results = []
    for line in lines:
        try:
            results.append(parse(line))
        except ParseError:
            raise RuntimeError("load failed")
    return results
print(load(["1", "2"]))
load(["3", "x"])
