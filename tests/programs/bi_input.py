# input() and reading sys.stdin (the input comes from bi_input.stdin)
name = input("Your name: ")
print(f"Hello, {name}!")
age = int(input("Age? "))
print("next year:", age + 1)
line = input()
print(repr(line))
numbers = [int(x) for x in input("numbers: ").split()]
print(sum(numbers), max(numbers))
import sys
rest = sys.stdin.readline()
print("readline:", repr(rest))
remaining = sys.stdin.read()
print("read:", repr(remaining))
try:
    input("more? ")
except EOFError as e:
    print(type(e).__name__, e)
print(sys.stdin.readline() == "", sys.stdin.read() == "")
