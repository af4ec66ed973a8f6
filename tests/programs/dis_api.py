# dis module API: dis() of every kind of object, get_instructions, Bytecode, code_info,
# findlinestarts/findlabels, stack_effect, pretty_flags, errors. Addresses and paths masked.
import dis, io, re, sys


def masked(text):
    text = re.sub(r"at 0x[0-9a-f]+", "at 0x?", text)
    return re.sub(r'file "[^"]*"', 'file "?"', text)


def show(fn, *args, **kw):
    out = io.StringIO()
    fn(*args, file=out, **kw)
    print(masked(out.getvalue()))


def f(a, b=1, *c, d, **k):
    x = [i * 2 for i in a if i]
    try:
        return f"{a!r:>10}{b!s}{d!a}" + str(b)
    except (ValueError, KeyError) as e:
        raise RuntimeError("x") from e
    finally:
        print(x, {1, 2, 3}, (1, 'a', None), 1.5e300, -0.0, 2j, b'\x00\xff', ...)


def gen(n):
    total = yield n
    yield from range(total)


async def coro(x):
    async with x as y:
        async for z in y:
            await z
    return [w async for w in x]


class C:
    attr = 3

    def m(self):
        return super().m() + __class__.attr

    @classmethod
    def cm(cls):
        return cls

    @staticmethod
    def sm(*args):
        while args:
            args = args[1:]
            if not args:
                break
        else:
            return 1
        return 2


show(dis.dis, f)
show(dis.dis, C)
show(dis.dis, C().m)
show(dis.dis, gen)
show(dis.dis, gen(3))
show(dis.dis, coro)
show(dis.dis, "x = {'a', 'b'}\nif x in {'c', 'd'}: pass\ndef g(): return lambda: x")
show(dis.dis, "a + b * 2")
show(dis.dis, f, depth=0)
show(dis.dis, f.__code__, show_caches=True)
show(dis.dis, b'd\x00S\x00')
show(dis.disassemble, f.__code__, lasti=12)
show(dis.disassemble, gen.__code__)
show(dis.show_code, f)
print(masked(dis.code_info(C.sm)))
print(masked(dis.code_info("x = 1; del x")))
for ins in dis.get_instructions(f):
    print(masked(repr(ins)))
for ins in dis.get_instructions(gen, first_line=100, show_caches=True):
    print(ins.opname, ins.opcode, ins.arg, masked(repr(ins.argval)), ins.argrepr, ins.offset,
          ins.starts_line, ins.is_jump_target, tuple(ins.positions))
print([i.argval for i in dis.get_instructions(lambda x: f"{x!r:{x}}") if i.opname == "FORMAT_VALUE"])
print([i.argrepr for i in dis.get_instructions("f(a, b=1)")])
bc = dis.Bytecode(f, first_line=10)
print(masked(repr(bc)), bc.first_line, bc.current_offset, bc.exception_entries)
print(masked(bc.dis()))
print(masked(bc.info()))
print([(i.opname, i.is_jump_target) for i in bc][:12])
print(list(dis.findlinestarts(f.__code__)), list(f.__code__.co_lines())[:6])
for bad in (3, "x"):
    try:
        list(dis.findlinestarts(bad))
    except AttributeError as e:
        print("AttributeError", e)
try:
    dis.findlabels(3)
except TypeError as e:
    print("TypeError", e)
print(dis.findlabels(f.__code__.co_code), dis.findlabels(C.sm.__code__.co_code))
print(dis.stack_effect(dis.opmap['LOAD_CONST'], 0), dis.stack_effect(dis.opmap['POP_TOP']),
      dis.stack_effect(dis.opmap['FOR_ITER'], 4, jump=True), dis.stack_effect(dis.opmap['FOR_ITER'], 4, jump=False),
      dis.stack_effect(dis.opmap['FOR_ITER'], 4))
for args in [(dis.opmap['LOAD_CONST'],), (1, 1), (300, 0), ('x',)]:
    try:
        dis.stack_effect(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(dis.pretty_flags(0x3ff), dis.pretty_flags(3 | 0x20000000), dis.pretty_flags(0))
print(dis.COMPILER_FLAG_NAMES, dis.MAKE_FUNCTION_FLAGS, dis.FORMAT_VALUE_CONVERTERS)
print(dis.UNKNOWN, dis.Positions(1, 2), dis.Positions(), dis.Instruction._fields)
print(dis.Instruction("NOP", 9, None, None, "", 0, 1, False)._disassemble())
print(dis.Instruction("LOAD_FAST", 124, 0, "x", "x", 20, None, True)._disassemble(lineno_width=0, mark_as_current=True))
print(sorted(dis.__all__))
for bad in (3, None.__class__, [1]):
    try:
        dis.dis(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    dis.get_instructions(3)
except TypeError as e:
    print("TypeError", e)
if hasattr(sys, "last_traceback"):
    del sys.last_traceback
try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError", e)


def fails(n):
    return 1 // n


try:
    fails(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    b = dis.Bytecode.from_traceback(tb)
    print(b.current_offset, b.codeobj.co_name)
    print(masked(b.dis()))
    show(dis.distb, tb.tb_next)  # the outer frame's tb_lasti (inside CALL's caches) is the VM's business

# the private helpers modulefinder uses
co = compile("import os\nfrom . import x\nfrom a.b import (c, d)\nimport q as r\nX = 1\nglobal Y\nY = 2\n", "<m>", "exec")
print(list(dis._find_imports(co)), list(dis._find_store_names(co)), list(dis._unpack_opargs(co.co_code))[:6])
