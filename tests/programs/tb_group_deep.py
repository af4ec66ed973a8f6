def make(depth):
    if depth == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {depth}", [make(depth - 1), TypeError(f"sibling {depth}")])
try:
    raise make(3)
except* TypeError as eg:
    print("handled", len(eg.exceptions))
