def level0(a):
    def level1(b):
        def level2(c):
            def level3(d):
                return a + b + c + d
            return level3
        return level2
    return level1
print(level0(1)(2)(3)(4))
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total
add, total = accumulator()
for i in range(5):
    add(i * i)
print(total())
def fib_closure():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_closure()
print([s() for _ in range(15)])
