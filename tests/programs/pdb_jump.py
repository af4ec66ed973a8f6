# pdb 'jump' (frame.f_lineno set by a trace function): forward and backward jumps, out of a for loop, refusals (into a for loop's body, into an except block, before/after the code block, from a 'call' event, outside the bottom frame, outside tracing)
import sys

def body():
    x = 1
    x = x + 1
    for i in range(3):
        x += 10
    try:
        raise KeyError("k")
    except KeyError:
        x += 100
    with open(__file__) as fh:
        x += 1000
    return x

def main():
    breakpoint()
    r = body()
    print("result", r)

main()

def tracer(frame, event, arg):
    if frame.f_code.co_name == "body" and event == "call":
        try:
            frame.f_lineno = 7
        except ValueError as e:
            print("call event:", e)
    return tracer

sys.settrace(tracer)
body()
sys.settrace(None)
try:
    sys._getframe().f_lineno = 3
except ValueError as e:
    print("untraced:", e)
