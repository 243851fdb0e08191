def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(a.keys() & {"x", "q"}, a.keys() - {"x", "y"}, a.keys() - ["z"])
print(sorted(["q", "x"] & a.keys()), sorted(["q"] | a.keys()), ["x", "q"] - a.keys())
print(a.items() & {("x", 1), ("y", 3)}, sorted(a.items() - {("x", 1)}))
print(sorted(a.items() | b.items()))
print(a.keys().isdisjoint(b.keys()), a.keys().isdisjoint(["q"]), a.items().isdisjoint([("x", 1)]))
attempt(lambda: a.keys() | 1)
attempt(lambda: a.keys() & 1)
attempt(lambda: a.values() | {1})
n = {1: "a", 2: "b", 3: "c"}
print(n.keys() & {1, 3}, n.keys() | {4}, n.keys() ^ {3, 4}, n.keys() - {2})
print({1: 0}.keys() & {1: 0}.keys(), {10: 0, 20: 0, 30: 0}.keys() & {20, 30, 40, 50, 60})
