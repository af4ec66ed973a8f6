# A small banking model: classes, properties, class methods, exceptions, __str__/__repr__
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount
class Account:
    interest_rate = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = float(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        raise AttributeError("balance is read-only; use deposit/withdraw")
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def apply_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        return gained
    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner.strip(), float(bal))
    @staticmethod
    def format_money(x):
        return f"${x:,.2f}"
    def __str__(self):
        return f"{self.owner}: {self.format_money(self._balance)}"
    def __repr__(self):
        return f"{type(self).__name__}(id={self.id}, owner={self.owner!r}, balance={self._balance!r})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)
    def __lt__(self, other):
        return self._balance < other._balance
class SavingsAccount(Account):
    interest_rate = 0.05
    def __init__(self, owner, balance=0.0, min_balance=100):
        super().__init__(owner, balance)
        self.min_balance = min_balance
    def withdraw(self, amount):
        if self._balance - amount < self.min_balance:
            raise InsufficientFunds(self._balance - self.min_balance, amount)
        return super().withdraw(amount)
class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, account):
        self.accounts[account.id] = account
        return account
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print(f"transfer failed: {e}")
            return False
        dst.deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def __len__(self):
        return len(self.accounts)
    def __iter__(self):
        return iter(sorted(self.accounts.values()))
bank = Bank("PyBank")
alice = bank.open(Account("Alice", 500))
bob = bank.open(SavingsAccount("Bob", 1000))
carol = bank.open(Account.from_string("Carol: 250.75"))
print(alice, bob, carol, sep=" | ")
print(repr(alice), repr(bob))
alice.deposit(100).withdraw(50)
print(alice.balance, alice.history)
print(bank.transfer(alice, carol, 1000), bank.transfer(bob, alice, 950), bank.transfer(bob, alice, 300))
print([str(a) for a in bank], len(bank), Account.format_money(bank.total()))
print(alice.apply_interest(), bob.apply_interest(), carol.apply_interest())
print(bank.total().__round__(2), round(bank.total(), 2))
try:
    alice.balance = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    alice.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    carol.withdraw(10_000)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.amount, e.balance)
print(alice == alice, alice == bob, {alice, alice, bob} == {alice, bob}, max(bank).owner, min(bank.accounts.values()).owner)
print(isinstance(bob, Account), issubclass(SavingsAccount, Account), type(bob).__mro__[1].__name__, SavingsAccount.interest_rate, Account.interest_rate)
