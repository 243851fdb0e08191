def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0
total = 0
for i in range(20000):
    total += safe_div(i, i % 7)
print(total)
