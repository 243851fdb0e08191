class Squares:
    def __getitem__(self, i):
        print("getitem", repr(i))
        if isinstance(i, int):
            return i * i
        return "other key"


s = Squares()
print(s[3], s[-2])
print(s["k"])
print(s[1, 2])
print(s[1:5])
print(s[::2])
print(s[1:2, 3])
print(s[...])
