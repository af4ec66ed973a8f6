# probe: a money ledger with Decimal, dataclasses (order), Enum, defaultdict, custom __format__
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from collections import defaultdict
import enum

class Kind(enum.Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"

@dataclass(order=True)
class Tx:
    amount: Decimal
    kind: Kind = field(compare=False)
    memo: str = field(default="", compare=False)

class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need, self.have = need, have

class Account:
    _count = 0
    def __init__(self, owner):
        Account._count += 1
        self.id = Account._count
        self.owner = owner
        self.txs: list[Tx] = []
    @property
    def balance(self):
        total = Decimal("0")
        for t in self.txs:
            total += t.amount if t.kind is Kind.DEPOSIT else -t.amount
        return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    def deposit(self, amt, memo=""):
        self.txs.append(Tx(Decimal(str(amt)), Kind.DEPOSIT, memo))
        return self
    def withdraw(self, amt):
        amt = Decimal(str(amt))
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.txs.append(Tx(amt, Kind.WITHDRAW))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"
    def __format__(self, spec):
        return format(str(self.balance), spec)

a = Account("ann").deposit(100.10, "pay").deposit(0.015).withdraw("20.005")
print(a, f"[{a:>12}]", f"{a.balance:,.3f}")
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.need, e.have)
print(sorted(a.txs)[0], max(a.txs).amount)
by = defaultdict(list)
for t in a.txs:
    by[t.kind.name].append(t.amount)
print(dict(by))
print(Kind("deposit"), Kind.WITHDRAW.value, list(Kind), Kind.__members__.keys())
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("10") ** -2)
print(round(Decimal("2.675"), 2), Decimal("2.675").quantize(Decimal("0.01")))
