for i in range(5):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=",")
print()
for ch in "héllo":
    print(ch, ord(ch))
for k, v in [(1, "a"), (2, "b")]:
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a + b)
for x in []:
    print("never")
else:
    print("empty else")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
found = None
for x in range(100):
    if x * x > 50:
        found = x
        break
print(found)
