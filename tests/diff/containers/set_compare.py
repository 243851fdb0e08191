def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < b, b <= b, b > a, b >= a, a == {2, 1}, a == frozenset([1, 2]))
print(a.issubset(b), a.issubset([1, 2]), a.issubset("12"), b.issuperset(a), b.issuperset([3, 3]))
print(a.isdisjoint({3}), a.isdisjoint([2]), set().isdisjoint(set()), a.isdisjoint(a))
print({1, 2} < {3, 4}, {1, 2} > {3}, set() < {1}, set() <= set(), {1} == {1.0}, {1} == {True})
attempt(lambda: a < [1, 2, 3])
attempt(lambda: a <= 5)
attempt(lambda: a.issubset(5))
attempt(lambda: a.issuperset())
attempt(lambda: a.isdisjoint(1))
print(a == [1, 2], a != (1, 2))
print(frozenset([1]) < {1, 2}, {1} < frozenset([1, 2]), frozenset() == set())
