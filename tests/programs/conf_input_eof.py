import sys
name = input("name? ")
print("hello", name)
nums = [int(x) for x in input().split()]
print(sum(nums), sys.stdin.readline().rstrip("\n"), sys.stdin.read().splitlines())
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", repr(e), str(e))
