# trace events bdb relies on: a generator's return value seen by FOR_ITER gives the loop's frame an 'exception' event; a trace function's error at an unwinding frame's 'return' replaces the exception; a frame whose f_trace is set again later resumes on its line without a new line event
import sys
def test_gen():
    yield 0
    return 123
def g2():
    yield 1
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
def main():
    for i in test_gen():
        pass
    for i in g2():
        pass
    for i in It():
        pass
    it = test_gen()
    next(it)
    try:
        next(it)
    except StopIteration:
        pass
def tr(frame, ev, arg):
    if ev == 'exception':
        print(ev, frame.f_code.co_name, frame.f_lineno, arg[0].__name__, arg[2] is None)
    return tr
sys.settrace(tr)
main()
sys.settrace(None)
class Quit(Exception): pass
def f2():
    raise KeyError(1)
def tr(frame, ev, arg):
    if ev == 'return' and frame.f_code.co_name == "f2":
        raise Quit('q')
    return tr
sys.settrace(tr)
try:
    f2()
except BaseException as e:
    print(type(e).__name__, e, e.__context__)
sys.settrace(None)
def tr7(frame, ev, arg):
    print(ev, frame.f_code.co_name, frame.f_lineno)
    return tr7
def start():
    f = sys._getframe().f_back
    f.f_trace = tr7
    sys.settrace(tr7)
def stop():
    sys.settrace(None)
    f = sys._getframe().f_back
    del f.f_trace
def main7():
    for i in range(2):
        start()
        print("i", i)
        stop()
        x = 1
main7()

# a trace function's error at a 'return' event leaves the frame at once (its own try does not catch it)
def f8():
    try:
        return 5
    except Quit:
        print("caught inside f")
def g8():
    yield 1
def tr8(frame, ev, arg):
    if ev == 'return' and frame.f_code.co_name in ("f8", "g8"):
        raise Quit(frame.f_code.co_name)
    return tr8
sys.settrace(tr8)
try:
    f8()
except Quit as e:
    print("outside", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
sys.settrace(tr8)
try:
    next(g8())
except Quit as e:
    print("outside", e)
sys.settrace(None)

# an async for: the SEND that raised StopAsyncIteration gives no StopIteration event
import sys, asyncio
class AsyncIteratorWrapper:
    def __init__(self, obj):
        self._it = iter(obj)
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return next(self._it)
        except StopIteration:
            raise StopAsyncIteration
async def doit_async():
    async for letter in AsyncIteratorWrapper("abc"):
        x = letter
    y = 42
def tr(frame, ev, arg):
    if frame.f_code.co_name == 'doit_async':
        print(ev, frame.f_lineno, arg[0].__name__ if ev == 'exception' else '')
    return tr
sys.settrace(tr)
try:
    doit_async().send(None)
except StopIteration:
    pass
sys.settrace(None)

# a jump from a line with a method (or NULL) on the stack to one without: incompatible stacks
import sys
def f(output):
    a = 1
    list.append(
        output, 3
    )
    output.append(5)
    (
        ( # 7
            a
            +
            10
        )
        +
        13
    )
    output.append(16)
def tr(frame, ev, arg):
    if frame.f_code.co_name == 'f' and ev == 'line' and frame.f_lineno == 5:
        try:
            frame.f_lineno = 9
        except ValueError as e:
            print("ValueError", e)
    return tr
sys.settrace(tr)
out = []
f(out)
sys.settrace(None)
print(out)
