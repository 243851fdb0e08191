def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

big = range(10 ** 20)
print(big, big[10 ** 19], big[-1], 10 ** 19 in big, -1 in big, big.index(12345678901234567890))
attempt(lambda: len(big))
print(bool(big), big[5:10], big[-3:], big[::10 ** 19])
r = range(2 ** 62, 2 ** 62 + 5)
print(list(r), len(r), r[-1], list(reversed(r)))
r2 = range(10 ** 20, 10 ** 20 + 30, 7)
print(list(r2), len(r2), r2[2], 10 ** 20 + 14 in r2, 10 ** 20 + 15 in r2)
r3 = range(-10 ** 20, 10 ** 20, 10 ** 19)
print(len(r3), r3[3], list(r3)[-2:], r3.index(0))
total = 0
for i in range(2 ** 47 - 3, 2 ** 47 + 3):
    total += i
print(total)
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)))
print(list(reversed(range(-2 ** 63 - 1, -2 ** 63 + 2))))
