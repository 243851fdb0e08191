from collections import Counter
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4, d=-1)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter(a=3, b=1); x += Counter(a=-5, c=2); print(x)
x = Counter(a=3, b=1); x -= Counter(a=1, b=4); print(x)
x = Counter(a=3, b=1); x |= Counter(a=1, b=4, c=0); print(x)
x = Counter(a=3, b=1, c=-1); x &= Counter(a=1, b=4); print(x)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: Counter(a=1) + 1)
t(lambda: Counter(a=1) - {'a': 1})
t(lambda: Counter(a=1) | [1])
t(lambda: Counter(a=1) & None)
