ops = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0),
    lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -2), lambda: (2 ** 100) // 0,
    lambda: (2 ** 100) % 0, lambda: 5 / 0.0, lambda: complex(1, 1) / 0,
]
for op in ops:
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
