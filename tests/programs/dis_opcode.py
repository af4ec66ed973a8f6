# The opcode module: every table, and _opcode.stack_effect's checks.
import opcode, _opcode

for name in sorted(dir(opcode)):
    if name.startswith("__") and name != "__all__":
        continue
    value = getattr(opcode, name)
    print(name, "<function>" if callable(value) else repr(value))
print(opcode.opmap["LOAD_CONST"] in opcode.hasconst, opcode.opname[opcode.EXTENDED_ARG])
for args, kw in [((100, 0), {}), ((1,), {}), ((93, 3), {"jump": True}), ((93, 3), {"jump": False}),
                 ((100,), {}), ((1, 1), {}), ((100, 1), {"jump": "x"}), (("a",), {}), ((100, 1.5), {}),
                 ((), {}), ((100, 1, 2), {}), ((2 ** 40, 1), {}), ((100, 2 ** 70), {}), ((255, 0), {}),
                 ((opcode.opmap["BUILD_TUPLE"], -5), {}), ((opcode.opmap["UNPACK_EX"], 0x1ff), {})]:
    try:
        print(args, kw, _opcode.stack_effect(*args, **kw))
    except Exception as e:
        print(args, kw, type(e).__name__, e)
print(_opcode.get_specialization_stats())
total = 0
for op in range(256):
    if opcode.opname[op].startswith("<"):
        continue
    for arg in (0, 1, 3, 7):
        try:
            total += opcode.stack_effect(op, arg if op >= opcode.HAVE_ARGUMENT else None)
        except ValueError:
            total += 1000
print(total)
