# pdb: debug (recursive debugger), source, breakpoint commands with 'silent', clear by file:line and after confirmation, tbreak with a condition, break on a method and a quoted name, rv after return, errors of break/clear/condition/ignore arguments
import pdb

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n

def work(c, count):
    out = []
    for i in range(count):
        out.append(c.bump(i))
    return out

def main():
    c = Counter()
    pdb.set_trace()
    res = work(c, 4)
    print("res", res)
    return res

main()
