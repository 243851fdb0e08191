def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print(a | b, b | a, a, b)
c = a
c |= b
print(a, c is a)
c |= [("d", 5)]
print(a)
c |= {}
print(c)
attempt(lambda: a | 1)
attempt(lambda: a | [("x", 1)])
attempt(lambda: 1 | a)
def ior(d, other):
    d |= other
    return d
attempt(lambda: ior({}, 1))
attempt(lambda: ior({}, [1]))
print({**a}, {**a, **b, "z": 0})
print(a == {"a": 1, "b": 3, "c": 4, "d": 5}, a != a, {} == {}, {1: 1} == {1: 1.0}, {1: [1]} == {1: [1]})
attempt(lambda: {} < {})
attempt(lambda: {1: 2} >= {1: 2})
