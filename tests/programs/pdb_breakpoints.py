# pdb: --Call--, args, up/down, retval, line and function breakpoints, listing and clearing them, until, exceptions while stepping, tbreak; then frame locals changed by a command
def square(n):
    result = n * n
    return result

def risky(v):
    if v > 2:
        raise ValueError("too big: %d" % v)
    return v

def main():
    total = 0
    breakpoint()
    for i in range(4):
        total += square(i)
    try:
        risky(5)
    except ValueError as e:
        print("caught", e)
    return total

print(main())
