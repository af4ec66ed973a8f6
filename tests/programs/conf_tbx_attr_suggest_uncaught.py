class Account:
    def __init__(self):
        self.balance = 0
        self.owner = "x"
    def deposit(self, n):
        self.balance += n
a = Account()
a.deposit(5)
print(a.balanse)
