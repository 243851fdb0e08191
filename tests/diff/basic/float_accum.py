total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total, (6 * total) ** 0.5)
x = 1.0
for _ in range(60):
    x = x / 2 + 1 / x
print(x, x * x)
vals = [0.1 * i for i in range(11)]
print(vals)
print(sum(vals), round(sum(vals), 10), 1e308 * 10, -1e308 * 10, 5e-324 / 2)
