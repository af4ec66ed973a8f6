# pdb: next over a for loop whose Python iterator raises StopIteration stops with "StopIteration" at the loop (FOR_ITER's exception event)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
def main():
    breakpoint()
    for x in It():
        y = x
    print("done")
main()
