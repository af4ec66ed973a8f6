def calculate_total(items):
    total = 0
    for item in items:
        totl = total + item
    return totl
print(calculate_total([1, 2]))
def f():
    return calculate_totl([1])
f()
