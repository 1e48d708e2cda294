# Everyday script: sales report with aligned columns and totals
sales = [
    ("North", "Widget", 120, 2.50),
    ("South", "Widget", 80, 2.50),
    ("North", "Gadget", 15, 19.99),
    ("East", "Gizmo", 42, 7.25),
    ("South", "Gadget", 7, 19.99),
    ("East", "Widget", 200, 2.45),
    ("West", "Gizmo", 0, 7.25),
]
header = f"{'Region':<8}{'Product':<10}{'Qty':>6}{'Price':>9}{'Total':>11}"
print(header)
print("-" * len(header))
grand = 0.0
by_region = {}
by_product = {}
for region, product, qty, price in sales:
    total = qty * price
    grand += total
    by_region[region] = by_region.get(region, 0) + total
    by_product.setdefault(product, []).append(qty)
    print(f"{region:<8}{product:<10}{qty:>6d}{price:>9.2f}{total:>11,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<24}{sum(s[2] for s in sales):>6d}{'':>9}{grand:>11,.2f}")
print()
print("By region (descending):")
for region, total in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    share = total / grand
    bar = "#" * round(share * 40)
    print(f"  {region:<6} {total:>9.2f} {share:>7.1%} {bar}")
print()
print("Units per product:")
for product in sorted(by_product):
    qtys = by_product[product]
    avg = sum(qtys) / len(qtys)
    print(f"  {product:.<12}{sum(qtys):.>6} units, avg {avg:6.2f}, max {max(qtys)}")
best = max(sales, key=lambda s: s[2] * s[3])
print(f"\nBest line: {best[0]}/{best[1]} = {best[2] * best[3]:.2f}")
zero = [f"{r}/{p}" for r, p, q, _ in sales if q == 0]
print("Zero sales:", ", ".join(zero) or "none")
print("%-10s|%10s|" % ("left", "right"), "{:^12}|".format("center"))
