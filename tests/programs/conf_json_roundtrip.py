import json
data = {"name": "Widget", "tags": ["a", "b"], "price": 12.5, "stock": None, "active": True, "dims": {"w": 1, "h": 2.0}, "unicode": "caf\u00e9 \u2603", "big": 2 ** 70}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
back = json.loads(s)
print(back == data, type(back["dims"]["h"]).__name__, back["unicode"])
print(json.loads('[1, 2.5, "x", null, true, false, {"a": [{}]}]'), json.loads('"\\u00e9\\n"'), json.loads("1e3"), json.loads("-0"))
for bad in ["{", "[1,]", "{'a': 1}", "tru", '"unterminated', "1 2", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({"s": {3, 1}}, default=list if False else sorted))
print(json.dumps([float("inf"), float("nan")]), json.dumps({1: "int key", True: "bool key", None: "none"}), json.dumps("\x00\u2028"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads("[1.5]", parse_float=lambda s: f"F{s}"))
print(json.dumps((1, 2)), json.dumps("é", ensure_ascii=True), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[1]], indent="\t"))
