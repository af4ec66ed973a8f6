# custom exception hierarchy, context managers, finally ordering, exception chaining
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, need, have):
        super().__init__(need, have)
        self.need, self.have = need, have
    def __str__(self):
        return f"need {self.need}, have {self.have}"
class Frozen(BankError):
    pass

class Transaction:
    def __init__(self, bank):
        self.bank = bank
    def __enter__(self):
        self.snapshot = dict(self.bank.balances)
        print("begin")
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.bank.balances = self.snapshot
            print("rollback because", et.__name__, ev)
            return issubclass(et, InsufficientFunds)
        print("commit")
        return False

class Bank:
    def __init__(self):
        self.balances = {"alice": 100, "bob": 50}
        self.frozen = set()
    def transfer(self, src, dst, amount):
        if src in self.frozen:
            raise Frozen(src)
        if self.balances[src] < amount:
            raise InsufficientFunds(amount, self.balances[src])
        self.balances[src] -= amount
        self.balances[dst] = self.balances.get(dst, 0) + amount

b = Bank()
with Transaction(b):
    b.transfer("alice", "bob", 30)
print(b.balances)
with Transaction(b):
    b.transfer("bob", "carol", 20)
    b.transfer("bob", "carol", 500)
print(b.balances)
b.frozen.add("alice")
try:
    with Transaction(b):
        b.transfer("alice", "bob", 1)
except BankError as e:
    print("escaped:", type(e).__name__, e.args)
def audit():
    try:
        try:
            b.transfer("zed", "bob", 1)
        except KeyError as e:
            raise BankError("unknown account") from e
    except BankError as e:
        print(e, "cause:", repr(e.__cause__), "context:", repr(e.__context__))
        return "handled"
    finally:
        print("audit done")
print(audit())
def order():
    out = []
    for i in range(3):
        try:
            out.append(f"try{i}")
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            out.append(f"fin{i}")
    return out
print(order())
def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally sees return")
print(ret_in_finally())
e = InsufficientFunds(5, 1)
print(repr(e), str(e), e.args, isinstance(e, BankError), InsufficientFunds.__mro__[1:3])
try:
    raise InsufficientFunds(1, 0) from None
except BankError as ex:
    print(ex.__suppress_context__, ex.__cause__)
