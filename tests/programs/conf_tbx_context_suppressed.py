try:
    {}["x"]
except KeyError:
    try:
        raise ValueError("replacement") from None
    except ValueError as v:
        print(v.__suppress_context__, repr(v.__context__))
        raise
