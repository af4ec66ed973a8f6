def parse(lines):
    for line in lines:
        yield int(line)
def consume():
    return sum(parse(["1", "2", "three"]))
consume()
