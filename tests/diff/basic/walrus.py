data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
total = 0
while (chunk := data[total:total + 2]):
    print(chunk)
    total += 2
ys = [y for x in data if (y := x * 2) > 10]
print(ys, y)
print((z := 3) + z)
