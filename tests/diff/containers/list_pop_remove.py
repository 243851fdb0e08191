def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
attempt(lambda: a.pop(10))
attempt(lambda: [].pop())
attempt(lambda: a.pop("x"))
attempt(lambda: a.pop(1, 2))
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
attempt(lambda: b.remove(7))
attempt(lambda: b.remove())
b.clear()
print(b, len(b))
c = [1, 1.0, True]
c.remove(True)
print(c)
