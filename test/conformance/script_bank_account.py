# Everyday script: bank accounts with validation, history and interest (integer cents)
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, cents=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._cents = 0
        self.history = []
        if cents:
            self.deposit(cents)
    @property
    def balance(self):
        return self._cents
    def deposit(self, cents):
        if not isinstance(cents, int) or cents <= 0:
            raise ValueError(f"invalid deposit: {cents!r}")
        self._cents += cents
        self.history.append(("deposit", cents))
    def withdraw(self, cents):
        if cents > self._cents:
            raise InsufficientFunds(f"{self.owner} has {fmt(self._cents)}, needs {fmt(cents)}")
        self._cents -= cents
        self.history.append(("withdraw", cents))
    def transfer(self, other, cents):
        self.withdraw(cents)
        other.deposit(cents)
    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {fmt(self._cents)}>"
class SavingsAccount(Account):
    def __init__(self, owner, cents=0, rate_bp=250):
        super().__init__(owner, cents)
        self.rate_bp = rate_bp
    def add_interest(self):
        interest = self._cents * self.rate_bp // 10000
        if interest:
            self.deposit(interest)
        return interest
def fmt(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents) // 100:,}.{abs(cents) % 100:02d}"
alice = Account("alice", 150_00)
bob = SavingsAccount("bob", 1_000_000_00)
print(alice, bob)
alice.transfer(bob, 50_25)
print(alice, bob)
for attempt in [lambda: alice.withdraw(500_00), lambda: alice.deposit(-5), lambda: alice.deposit(1.5), lambda: bob.transfer(alice, 10)]:
    try:
        attempt()
        print("ok:", alice, bob)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__ + ":", e)
for year in range(1, 4):
    print("year", year, "interest", fmt(bob.add_interest()), "->", fmt(bob.balance))
print(alice.history)
print(bob.history[-2:])
try:
    alice.balance = 0
except AttributeError as e:
    print("AttributeError:", e)
print(fmt(0), fmt(5), fmt(-1234567), fmt(100), isinstance(bob, Account), type(bob).__mro__[1].__name__)
