data = [1, 5, 2, 8, 3]
total = 0
print(list((total := total + x) for x in data))
print(total)
print(any((found := x) > 4 for x in data), found)
