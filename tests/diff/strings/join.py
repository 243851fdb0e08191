print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "é".join("abc"))
print("".join(["😀", "中", "a"]), "-".join(["", ""]), "ab".join(["1", "2", "3"]))
d = {"k1": 1, "k2": 2}
print("+".join(d))
print(" ".join([str(i) for i in range(5)]))
for bad in [["a", 1], [None], ["a", "b", 3.5], [b"x"]]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("-".join(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("-".join())
except TypeError as e:
    print(type(e).__name__, e)
parts = []
for i in range(1000):
    parts.append("é" if i % 2 else "a")
s = "".join(parts)
print(len(s), s[:6], s.count("é"))
