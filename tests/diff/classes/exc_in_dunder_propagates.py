class Fragile:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")

    def __hash__(self):
        return 1

    def __len__(self):
        raise KeyError("len exploded")

    def __add__(self, other):
        raise ArithmeticError("add exploded")


f = Fragile()
for label, op in [("eq", lambda: f == 1), ("in", lambda: 1 in [f]), ("len", lambda: len(f)),
                  ("bool", lambda: bool(f)), ("add", lambda: f + 1), ("dict", lambda: {f: 1, Fragile(): 2})]:
    try:
        print(label, op())
    except Exception as e:
        print(label, type(e).__name__, e)
print(f in [f])
d = {f: "v"}
print(d[f])
d[Fragile()]
