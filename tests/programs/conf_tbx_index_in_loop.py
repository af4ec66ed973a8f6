matrix = [[1, 2, 3], [4, 5, 6]]
total = 0
for r in range(3):
    for c in range(3):
        total += matrix[r][c]
print(total)
