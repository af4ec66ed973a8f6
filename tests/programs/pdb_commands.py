# pdb: help listing, whatis, display/undisplay, aliases, ';;', condition/ignore/disable/enable, breakpoint commands, until with a line, up/down counts, ll, list ranges, pp
import pdb

def helper(items, scale=2, *rest, flag, **opts):
    total = 0
    for k in items:
        total += k * scale
    return total

class Box:
    def method(self):
        return 3

def main():
    data = [1, 2, 3]
    pdb.set_trace()
    r = helper(data, flag=True)
    r2 = helper([4, 5], 3, 9, flag=False, extra=1)
    print("results", r, r2)
    return r + r2

main()
print("done")
