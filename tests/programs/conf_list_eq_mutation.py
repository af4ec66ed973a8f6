# list == list when an item's __eq__ empties the other list: the sizes decide afterwards
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 < list4)


class Grow:
    def __eq__(self, other):
        a.append(5)
        return False

    def __lt__(self, other):
        return True


a = [Grow(), 1]
b = [2, 1]
print(a < b, len(a), (1, 2) < (1, 3), [1, [2]] == [1, [2]], slice(1, 2) < slice(1, 3))
