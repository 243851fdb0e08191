def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
d.clear()
print(d, c)
lst = d.setdefault("list", [])
lst.append(1)
d.setdefault("list", []).append(2)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
print({}.fromkeys((1, 2), "v"))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1))
attempt(lambda: {}.setdefault())
attempt(lambda: {}.pop())
attempt(lambda: {}.pop(1, 2, 3))
attempt(lambda: {}.copy(1))
attempt(lambda: {}.clear(1))
attempt(lambda: {}.popitem(1))
