# A tiny stack-based bytecode VM with an assembler, labels, calls and error handling
class VMError(Exception):
    pass
def assemble(src):
    code, labels = [], {}
    lines = [l.split(";")[0].strip() for l in src.strip().splitlines()]
    for line in lines:
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        else:
            op, *args = line.split()
            code.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) for a in args]) for op, args in code]
def run(code, trace=False, max_steps=10000):
    stack, calls, out = [], [], []
    pc = steps = 0
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, args = code[pc]
        if trace:
            print(f"{pc:3} {op:<6} {args} {stack}")
        pc += 1
        if op == "PUSH":
            stack.append(args[0])
        elif op == "POP":
            stack.pop()
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            if len(stack) < 2:
                raise VMError(f"stack underflow in {op} at {pc - 1}")
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError(f"division by zero at {pc - 1}")
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if op == "DIV" else 0, "MOD": a % b if op == "MOD" else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
        elif op == "JMP":
            pc = args[0]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "CALL":
            calls.append(pc)
            pc = args[0]
        elif op == "RET":
            if not calls:
                raise VMError("return outside call")
            pc = calls.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown opcode {op}")
    return out, stack, steps
factorial = """
    push 1        ; acc
    push 10       ; n
loop:
    dup
    jz done
    dup
    call mul_acc
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
mul_acc:          ; stack: acc n n -> acc*n n
    swap          ; acc n n -> acc n n (n on top twice) rotate by hand
    pop
    swap
    dup
    push 0
    add
    swap
    pop
    ret
"""
prog = assemble(factorial)
print(len(prog), prog[:4])
countdown = assemble("""
    push 5
top:
    dup
    print
    push 1
    sub
    dup
    jz end
    jmp top
end:
    halt
""")
print(run(countdown))
fib = assemble("""
    push 0
    push 1
    push 10
again:
    dup
    jz out
    push 1
    sub
    swap
    jmp body
body:
    halt
out:
    halt
""")
print(run(fib)[1])
for bad in ["add", "push 1\npush 0\ndiv", "ret", "frobnicate", "top:\njmp top"]:
    try:
        run(assemble(bad))
    except VMError as e:
        print("VMError:", e)
run(assemble("push 2\npush 3\nadd\nprint"), trace=True)
