# doctest.testmod() on the main module, the usual `if __name__ == "__main__"` idiom
import doctest
import sys


def fib(n):
    """Fibonacci numbers.

    >>> [fib(i) for i in range(10)]
    [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    >>> fib(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> s
    Stack([1])
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        """Pop the top.

        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        """
        return self.items.pop()

    def __repr__(self):
        return "Stack(%r)" % self.items


def off_by_one(n):
    """
    >>> off_by_one(3)
    3
    >>> print(*range(off_by_one(3)))
    0 1 2
    """
    return n + 1


if __name__ == "__main__":
    print(doctest.testmod(verbose=True))
    r = doctest.testmod()
    print(r, r.failed, r.attempted, r._fields)
    print(doctest.master is not None)
    sys.exit(r.failed)
