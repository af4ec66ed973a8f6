# inspect.signature of builtin functions, builtin methods (bound and unbound) and slot wrappers
import inspect, math
for f in (len, sorted, print, math.sqrt, str.join, 'a'.join, [].sort, dict.fromkeys, isinstance, divmod,
          max, min, iter, next, getattr, math.log, object.__init__, object.__eq__, int.__add__, (1).__add__,
          list.append, [].append, str.split, bytes.hex, abs, round, pow, sum, repr, format, hash, id, vars):
    try:
        print(getattr(f, '__qualname__', f.__name__), inspect.signature(f))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(len.__text_signature__, str.join.__text_signature__, object.__eq__.__text_signature__, object.__eq__.__doc__)
