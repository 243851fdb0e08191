def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
b = [3]
print(a + b, b + a, a * 3, 3 * a, a * 0, a * -2, [] * 5)
attempt(lambda: a + (3,))
attempt(lambda: a + "x")
attempt(lambda: a * "2")
attempt(lambda: a * 2.0)
attempt(lambda: a - b)
c = a
c += [9]
print(a, c is a)
c += "hi"
print(a)
c += range(2)
print(a)
d = [1, 2]
d *= 2
print(d)
d *= 0
print(d)
try:
    x = [1]
    x += 5
except TypeError as e:
    print("TypeError", e)
try:
    y = [1]
    y *= 1.5
except TypeError as e:
    print("TypeError", e)
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [])
attempt(lambda: [1] < ["a"])
attempt(lambda: [1] < "a")
print([1, [2, 3]] == [1, [2, 3]])
