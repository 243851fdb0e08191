rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>9}")
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5}{price:>8.2f}{total:>9.2f}")
print("-" * 32)
print(f"{'':<10}{'':>5}{'sum':>8}{grand:>9.2f}")
print("{:>6}|{:^6}|{:<6}|".format("r", "c", "l"), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
