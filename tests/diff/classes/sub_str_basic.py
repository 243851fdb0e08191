class Name(str):
    def greet(self):
        return "Hello, " + self

    def __len__(self):
        return 99


n = Name("ada")
print(n, repr(n), n.greet())
print(n.upper(), type(n.upper()).__name__)
print(n + "!", type(n + "!").__name__)
print(len(n), len(str(n)), n == "ada", "d" in n)
print(n[0], n[1:], type(n[1:]).__name__)
print({n: 1}["ada"], n.startswith("a"), f"{n:>6}|")
print(" ".join([n, n]), str(n) is not n, type(str(n)).__name__)
print(sorted([Name("b"), Name("a")]))


class Tagged(str):
    def __new__(cls, s, tag):
        obj = super().__new__(cls, s)
        obj.tag = tag
        return obj


t = Tagged("text", "T1")
print(t, t.tag, t.upper())
