# deeply nested documents: parsing and iteration do not recurse; serialisation hits the recursion limit as in CPython
import tomllib
for n in (300, 328, 329, 330, 331, 332, 333, 334, 335, 400, 497, 498):
    for text in ("a = " + "[" * n + "]" * n, "a = " + "{b=" * n + "1" + "}" * n):
        try:
            r = tomllib.loads(text)
            print(n, "ok")
        except RecursionError as e:
            print(n, "RecursionError")
        except tomllib.TOMLDecodeError as e:
            print(n, "err", e)
