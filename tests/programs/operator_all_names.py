# operator's public names: every non-dunder module attribute defined by operator is in __all__
import operator


for mod in (operator,):
    computed = set()
    for name in vars(mod):
        if name.startswith('__'):
            continue
        value = getattr(mod, name)
        if getattr(value, '__module__', None) in ('operator', '_operator'):
            computed.add(name)
    print(mod.__name__, sorted(computed ^ set(mod.__all__)), len(mod.__all__))
print(sorted(operator.__all__))
print(operator.concat([1], [2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 7))
for bad in (lambda: operator.concat(1, 2), lambda: operator.iconcat(1, [2]), lambda: operator.length_hint([], 'x')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
