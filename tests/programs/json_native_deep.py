# deep nesting: RecursionError (never a crash) for documents and values, at any limit
import json
import sys

for doc in ['[' * 100000 + '1' + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000, '[' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
l, d = [], {}
for _ in range(100000):
    l, d = [l], {'k': d}
for v in (l, d):
    try:
        json.dumps(v)
    except RecursionError as e:
        print('RecursionError', e)
# nesting that fits
n = 200
print(json.loads('[' * n + ']' * n) == eval('[' * n + ']' * n))
x = []
for _ in range(12):
    x = [x, {'d': x}]
print(len(json.dumps(x)), json.loads(json.dumps(x)) == x)
def f(depth):
    if depth == 0:
        return json.loads('[[[[1]]]]')
    return f(depth - 1)
print(f(900))
try:
    def g(depth):
        if depth == 0:
            return json.loads('[' * 200 + ']' * 200)
        return g(depth - 1)
    g(900)
except RecursionError as e:
    print('RecursionError', e)
