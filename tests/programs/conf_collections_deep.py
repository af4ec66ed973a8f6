from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap, UserDict, UserList, UserString
tree = lambda: defaultdict(tree)
t = tree(); t["a"]["b"]["c"] = 1; t["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(plain(t))
c = Counter(a=3, b=1, c=-2)
print(c, +c, -c, c.most_common(), list(c.elements()), c.total(), Counter("aab") == Counter("aba"), Counter("abc") < Counter("aabbcc"))
c.update("aaz"); c.subtract({"a": 10}); print(c, c["missing"])
d = deque(range(5), maxlen=5); d.extend([5, 6]); d.extendleft([-1]); print(d, d.count(3), d[2], d[-1])
d.rotate(-2); print(d); d.clear(); print(d, len(d))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
Emp = namedtuple("Emp", ["name", "dept", "salary"], rename=False)
staff = [Emp("a", "eng", 100), Emp("b", "ops", 80), Emp("c", "eng", 120)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
print({k: sum(e.salary for e in v) for k, v in by_dept.items()}, max(staff, key=lambda e: e.salary).name, staff[0]._asdict())
R = namedtuple("R", "a def class", rename=True); print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
od = OrderedDict.fromkeys("abcde"); od.move_to_end("b"); od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == OrderedDict.fromkeys("ace"), od == dict.fromkeys("ca"))
base = {"color": "red", "size": 1}; user = {"size": 2}
cm = ChainMap(user, base); cm["new"] = 1
print(cm["size"], cm["color"], user, dict(cm), cm.parents, cm.maps[0] is user)
class UD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
u = UD(); u["KEY"] = 1; u.update(Other=2); print(u, u.data, "key" in u)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], type(ul * 2).__name__)
us = UserString("hello"); print(us.upper(), us[1:], us + "!", type(us.upper()).__name__)
