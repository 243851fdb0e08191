x = "global x"
def a():
    x = "a's x"
    def b():
        nonlocal x
        x = "modified by b"
    b()
    return x
print(a(), x)
def c():
    global x
    x = "set by c"
c()
print(x)
def counter_pair():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter_pair()
inc(); inc()
print(get())
total = 0
def accumulate(values):
    global total
    for v in values:
        total += v
accumulate(range(5))
print(total)
