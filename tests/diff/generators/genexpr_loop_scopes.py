# Generator expressions that run as loops in their function (sum(...) etc.)
# read the function's variables as plain locals unless another closure
# captures them; an unbound one is still the NameError of a free variable.
def f():
    s = sum(x + y for x in range(3))
    y = 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def f2():
    s = [x + y for x in range(3)]
    y = 1
try:
    f2()
except NameError as e:
    print(type(e).__name__, e)
def f3(k):
    fs = [lambda: k]
    return sum(x * k for x in range(4)), fs[0]()
print(f3(3))
def f4(k):
    r = 0
    for i in range(3):
        r += sum(x * k * i for x in range(4))
        k += 1
    return r, k
print(f4(2))
def f5(k):
    return sum(max(y * k for y in range(x + 1)) for x in range(4)), [sum(k for _ in range(2)) for k in range(3)]
print(f5(2))
def f6(n):
    g = (x * n for x in range(3))
    return sum(g), sum(x * n for x in range(3))
print(f6(5))
def f7(sum):
    return sum(x for x in range(3))
print(f7(lambda g: list(g)))
def f8(m):
    return [sum(v * m for v in row) for row in [[1, 2], [3]]]
print(f8(10))
def f9():
    x = 2
    class B:
        x = 5
        def m(self):
            return x
    return sum(x * i for i in range(3)), B().m(), B.x
print(f9())
def f10(n):
    def inner():
        return n
    return any(v > n for v in range(5)), inner()
print(f10(3))
