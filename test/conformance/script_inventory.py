# Everyday script: inventory management with classes and exceptions
class OutOfStock(Exception):
    def __init__(self, item, wanted, available):
        super().__init__(f"cannot take {wanted} x {item}: only {available} left")
        self.item = item
class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []
    def add(self, name, price, qty):
        if name in self._items:
            self._items[name].qty += qty
        else:
            self._items[name] = Item(name, price, qty)
        self.log.append(("add", name, qty))
        return self
    def take(self, name, qty):
        try:
            item = self._items[name]
        except KeyError:
            raise KeyError(f"unknown item {name}") from None
        if item.qty < qty:
            raise OutOfStock(name, qty, item.qty)
        item.qty -= qty
        self.log.append(("take", name, qty))
        return item.qty
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))
    def __contains__(self, name):
        return name in self._items
    def total_value(self):
        return round(sum(i.value for i in self), 2)
inv = Inventory()
inv.add("bolt", 0.1, 500).add("nut", 0.05, 800).add("gear", 4.75, 12).add("bolt", 0.1, 100)
print(len(inv), "items;", "gear" in inv, "spring" in inv)
for item in inv:
    print(f"  {item.name:<6} {item.qty:>5} @ {item.price:>5.2f} = {item.value:>7.2f}")
print("total value:", inv.total_value())
for name, qty in [("bolt", 50), ("gear", 20), ("spring", 1), ("nut", 800)]:
    try:
        left = inv.take(name, qty)
        print(f"took {qty} {name}, {left} left")
    except OutOfStock as e:
        print("OutOfStock:", e, "| item:", e.item)
    except KeyError as e:
        print("KeyError:", e, "| context suppressed:", e.__suppress_context__)
print(list(inv))
print(inv.log)
empty = [i.name for i in inv if i.qty == 0]
print("empty:", empty, "| total now", inv.total_value())
