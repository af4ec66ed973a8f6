class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
def process(accounts, amounts):
    for acc, amt in zip(accounts, amounts):
        apply = lambda: acc.withdraw(amt)
        apply()
print("processing")
process([Account(10), Account(5)], [3, 8])
