# pdb through breakpoint(): p, l (and its continuation), n, s, w, r with --Return--, statements run in the frame, errors
def add(a, b):
    c = a + b
    return c

def main():
    x = 1
    breakpoint()
    y = add(x, 2)
    z = [y] * 2
    print(z)
    return z

main()
print("after")
