grid = {(0, 0): "a", (0, 1): "b"}
print(grid[0, 1])
def lookup(p):
    return grid[p]
lookup((2, 3))
