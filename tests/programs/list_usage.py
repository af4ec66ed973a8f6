# Lists: methods, slicing, copying, nesting, common idioms
nums = [5, 3, 8, 1]
nums.append(7)
nums.extend([2, 9])
nums.insert(0, 10)
nums.insert(-1, 4)
nums.insert(100, 11)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums.pop(2), nums)
nums.remove(8)
print(nums, nums.index(7), nums.count(3), 3 in nums)
try:
    nums.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    nums.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    nums[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    nums[100] = 1
except IndexError as e:
    print(type(e).__name__, e)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums, sorted(nums, key=lambda x: -x), nums[::-1])
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower)
print(words)
copy1 = nums[:]
copy2 = list(nums)
copy3 = nums.copy()
copy1.append(100)
print(nums, copy1, copy2 == nums, copy3 is nums)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = grid
shallow = grid[:]
shallow[0][0] = 9
print(grid, alias is grid, shallow is grid, shallow[0] is grid[0])
deep = [row[:] for row in grid]
deep[2][2] = 7
print(grid[2], deep[2])
a = [1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[-3:], a[::2], a[1::2], a[::-2], a[-2:2:-1], a[5:2], a[100:], a[-100:2])
a[1:3] = []
a[-1:] = [90, 91]
print(a)
print([1, 2] + [3], [0] * 4, [[]] * 2, [1, [2, [3, [4]]]], list("abc"), list(range(3)), list((1, 2)))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], max([[1, 2], [1, 3]]))
stack = []
stack.append("a"); stack.append("b")
print(stack.pop(), stack)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row], sum(matrix, []))
print(list(enumerate(["x", "y"], 1)), [i for i, v in enumerate([3, 1, 3]) if v == 3])
def dedupe(seq):
    seen = set()
    return [x for x in seq if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1]))
print(list(map(list, zip([1, 2], [3, 4]))), [x * y for x, y in zip([1, 2, 3], [4, 5, 6])])
l = [3, 1, 2]
print(l.sort(), sorted(l), l.reverse(), l)
l2 = [1, 2, 3]
l2 *= 2
l2 += (4,)
print(l2)
try:
    l2 + (5,)
except TypeError as e:
    print(type(e).__name__, e)
r = [1]
r.append(r)
print(r, len(r), r[1] is r)
print(repr([]), repr(["'", '"']), str([None, True, 1.0, "s"]))
big = list(range(1000))
print(sum(big), big[-1], len(big[::7]), big[500:503])
del big[::2]
print(len(big), big[:3])
print([1, 2, 3].__len__(), [].__class__.__name__, list.__name__, isinstance([], list))
