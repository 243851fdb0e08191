data = [("add", 1, 2), ("neg", 5), ("mul", 3, 4), ("noop",), ("add", "a", "b"), ("bad", 1, 2, 3)]
results = []
for item in data:
    match item:
        case ("add", x, y):
            results.append(x + y)
        case ("mul", x, y):
            results.append(x * y)
        case ("neg", x):
            results.append(-x)
        case (op,):
            results.append(op.upper())
        case (op, *args):
            results.append(f"{op}{args}")
print(results)
print("last x, y:", x, y)
