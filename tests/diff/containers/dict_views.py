def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it))
d["d"] = 4
print(k, v, it)
print("a" in k, "z" in k, 3 in v, 9 in v, ("a", 1) in it, ("a", 2) in it, "a" in it)
attempt(lambda: ([], 1) in it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print({}.keys(), {}.values(), {}.items())
print(sorted(k), sorted(v), sorted(it))
attempt(lambda: k[0])
attempt(lambda: ("x", []) in it)
print(k == {"a", "b", "c", "d"}, k == ["a", "b", "c", "d"], v == v, it == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(k <= {"a", "b", "c", "d", "e"}, k < {"a"}, k >= {"a"}, k > set(k))
for key, value in it:
    print(key, value)
print(list(zip(k, v)))
