# a small inventory system: classes, properties, sorting, formatting, exceptions
from collections import defaultdict

class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have

class Item:
    __slots__ = ("sku", "name", "price", "qty", "tags")
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty, self.tags = sku, name, price, qty, set(tags)
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price:.2f}, qty={self.qty})"
    @property
    def value(self):
        return round(self.price * self.qty, 2)

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))
    def take(self, sku, n):
        it = self.items[sku]
        if it.qty < n:
            raise OutOfStock(sku, n, it.qty)
        it.qty -= n
        self.log.append(("take", sku, n))
        return it.price * n
    def by_tag(self):
        out = defaultdict(list)
        for it in self.items.values():
            for t in sorted(it.tags):
                out[t].append(it.sku)
        return dict(sorted(out.items()))
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Value':>10}"]
        for it in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            lines.append(f"{it.sku:<6}{it.name:<12}{it.price:>8.2f}{it.qty:>5d}{it.value:>10,.2f}")
        total = sum(i.value for i in self.items.values())
        lines.append(f"{'TOTAL':<31}{total:>10,.2f}")
        return "\n".join(lines)

inv = Inventory()
inv.add(Item("A1", "widget", 2.5, 100, ["small", "metal"]))
inv.add(Item("B2", "gadget", 19.99, 7, ["electronic"]))
inv.add(Item("C3", "doohickey", 0.35, 1200, ["small"]))
inv.add(Item("A1", "widget", 2.5, 20))
print(inv.report())
revenue = 0
for sku, n in [("A1", 30), ("B2", 10), ("C3", 200), ("Z9", 1)]:
    try:
        revenue += inv.take(sku, n)
    except OutOfStock as e:
        print("out of stock:", e, e.args)
    except KeyError as e:
        print("unknown sku", e)
print(f"revenue={revenue:.2f}")
print(inv.by_tag())
print(inv.log)
print(repr(inv.items["B2"]))
try:
    inv.items["A1"].colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
