class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

def process(accounts, plan):
    for name, amount in plan:
        accounts[name].withdraw(amount)

accs = {"a": Account(10), "b": Account(5)}
try:
    process(accs, [("a", 3), ("c", 1)])
except KeyError as e:
    print("missing", e)
process(accs, [("a", 3), ("b", 6)])
