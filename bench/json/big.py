# a ~1 MB document of nested lists/dicts/strings with escapes and unicode: dumps and loads, 5 times
import json

def make(i):
    return {
        "id": i,
        "name": "item %d \"quoted\" \\ back\tslash" % i,
        "tags": ["alpha", "béta", "γάμμα", "😀 emoji", "line\nbreak"],
        "nested": {"x": i * 0.5, "y": [i, i + 1, {"z": None, "ok": True, "no": False}]},
        "text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit " * 2,
    }

doc = {"items": [make(i) for i in range(2500)], "meta": {"count": 2500, "ver": "1.0"}}
total = 0
for _ in range(5):
    s = json.dumps(doc)
    a = json.dumps(doc, ensure_ascii=False)
    back = json.loads(s)
    back2 = json.loads(a)
    total += len(s) + len(a) + len(back["items"]) + len(back2["items"])
assert back == doc
print(len(s), total)
