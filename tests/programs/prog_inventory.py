# Inventory management: classes, dict of objects, sorting, reporting, validation
class OutOfStock(Exception):
    pass
class Product:
    def __init__(self, sku, name, price, qty=0, tags=()):
        if price < 0:
            raise ValueError(f"negative price for {sku}")
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = set(tags)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Product({self.sku!r}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []
    def add(self, product):
        if product.sku in self.products:
            self.products[product.sku].qty += product.qty
            self.log.append(f"restock {product.sku} +{product.qty}")
        else:
            self.products[product.sku] = product
            self.log.append(f"new {product.sku}")
    def remove(self, sku, qty):
        p = self.products.get(sku)
        if p is None:
            raise KeyError(sku)
        if p.qty < qty:
            raise OutOfStock(f"{sku}: requested {qty}, have {p.qty}")
        p.qty -= qty
        self.log.append(f"sell {sku} -{qty}")
        return p.price * qty
    def by_tag(self, tag):
        return sorted(p.sku for p in self.products.values() if tag in p.tags)
    def low_stock(self, threshold=5):
        return [p for p in sorted(self.products.values(), key=lambda p: (p.qty, p.sku)) if p.qty < threshold]
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}"]
        for p in sorted(self.products.values(), key=lambda p: -p.value):
            lines.append(f"{p.sku:<6}{p.name:<14}{p.qty:>5}{p.price:>9.2f}{p.value:>10.2f}")
        total = sum(p.value for p in self.products.values())
        lines.append(f"{'TOTAL':<34}{total:>10.2f}")
        return "\n".join(lines)
inv = Inventory()
for args in [("A1", "Widget", 2.50, 100, {"tools", "small"}), ("B2", "Gadget", 12.99, 3, {"electronics"}),
             ("C3", "Doohickey", 0.99, 0, {"small"}), ("D4", "Thingamajig", 45.00, 7, {"tools"}), ("A1", "Widget", 2.50, 20)]:
    inv.add(Product(*args))
try:
    inv.add(Product("E5", "Broken", -1))
except ValueError as e:
    print("rejected:", e)
print(inv.report())
revenue = 0
for sku, qty in [("A1", 30), ("B2", 5), ("Z9", 1), ("D4", 7), ("C3", 1)]:
    try:
        revenue += inv.remove(sku, qty)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)
print(f"revenue {revenue:.2f}")
print(inv.by_tag("small"), inv.by_tag("tools"), inv.by_tag("nothing"))
print(inv.low_stock())
print(inv.log)
print(inv.report())
