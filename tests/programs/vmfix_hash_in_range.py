# a __hash__ result that fits a Py_hash_t is the hash itself; bigger ones are hashed as ints
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [2**61, 2**61-1, -2**62, -2**63, 2**63-1, 2**63, -2**63-1, 2**64+5]:
    print(hash(H(v)))
