values = [1, 2, 3]
def total():
    return sum(vlaues)
total()
