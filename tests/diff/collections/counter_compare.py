from collections import Counter
a = Counter(a=1, b=2)
print(a == Counter(b=2, a=1), a == Counter(a=1, b=2, c=0), a != Counter(a=1))
print(a <= Counter(a=1, b=3), a < Counter(a=1, b=2), a < Counter(a=2, b=2), a >= Counter(a=1), a > Counter(a=1, b=2))
print(a == {'a': 1, 'b': 2}, {'a': 1, 'b': 2} == a)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: a < {'a': 5})
t(lambda: hash(a))
