from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum, auto
import itertools
class Status(Enum):
    AVAILABLE = auto()
    BORROWED = auto()
    LOST = auto()
_ids = itertools.count(1)
@dataclass
class Book:
    title: str
    author: str
    year: int
    id: int = field(default_factory=lambda: next(_ids))
    status: Status = Status.AVAILABLE
    history: list = field(default_factory=list, repr=False)
@dataclass(order=True)
class Loan:
    due: date
    book_id: int = field(compare=False)
    member: str = field(compare=False)
class LibraryError(Exception):
    pass
class Library:
    def __init__(self):
        self.books = {}
        self.loans = []
    def add(self, *books):
        for b in books:
            self.books[b.id] = b
    def lend(self, book_id, member, today):
        b = self.books.get(book_id)
        if b is None:
            raise LibraryError(f"no book {book_id}")
        if b.status is not Status.AVAILABLE:
            raise LibraryError(f"{b.title!r} is {b.status.name.lower()}")
        b.status = Status.BORROWED
        b.history.append(member)
        loan = Loan(today + timedelta(days=14), book_id, member)
        self.loans.append(loan)
        return loan
    def give_back(self, book_id):
        for i, l in enumerate(self.loans):
            if l.book_id == book_id:
                del self.loans[i]
                self.books[book_id].status = Status.AVAILABLE
                return l
        raise LibraryError(f"book {book_id} not on loan")
    def overdue(self, today):
        return sorted(l for l in self.loans if l.due < today)
    def by_author(self):
        key = lambda b: b.author
        return {a: [b.title for b in bs] for a, bs in itertools.groupby(sorted(self.books.values(), key=key), key)}
lib = Library()
lib.add(Book("Dune", "Herbert", 1965), Book("Emma", "Austen", 1815), Book("Persuasion", "Austen", 1817), Book("Solaris", "Lem", 1961))
t0 = date(2024, 1, 10)
print(lib.lend(1, "ann", t0))
print(lib.lend(3, "bob", t0 + timedelta(days=3)))
for args in [(1, "cat", t0), (9, "dan", t0)]:
    try:
        lib.lend(*args)
    except LibraryError as e:
        print("LibraryError:", e)
print(lib.overdue(date(2024, 1, 25)), lib.overdue(date(2024, 2, 1)))
print(lib.give_back(1))
try:
    lib.give_back(1)
except LibraryError as e:
    print("LibraryError:", e)
print(lib.by_author())
print([b for b in lib.books.values() if b.status is Status.BORROWED])
print(lib.books[1].history, Status.BORROWED, Status["LOST"].value, [s.name for s in Status])
