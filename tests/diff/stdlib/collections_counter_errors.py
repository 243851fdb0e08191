from collections import Counter
c = Counter("abracadabra")
print(c.most_common(2), c["z"], c.total(), sorted(c.elements())[:5], Counter(a=3, b=-1) + Counter(), Counter(a=2) - Counter(a=5))
c.subtract("aaa")
c.update({"q": 2})
print(sorted(c.items()), +Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter(a=1) | Counter(a=3, b=1), Counter(a=4) & Counter(a=2, b=1))
for thunk in [lambda: Counter(5), lambda: Counter("a", "b"), lambda: Counter().most_common("x"), lambda: c.fromkeys("abc"), lambda: Counter(a=1) + {"a": 1}]:
    try:
        print(thunk())
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=1), repr(Counter()), repr(Counter({"x": 2, "y": 5})))
del c["a"]
del c["not there"]
print("a" in c, len(c))
