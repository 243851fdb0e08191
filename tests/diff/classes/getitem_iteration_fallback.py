class OldSeq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]


print(list(OldSeq()))
for ch in OldSeq():
    print("got", ch)
print("b" in OldSeq())
print("z" in OldSeq())
it = iter(OldSeq())
print(type(it).__name__, next(it))
a, b, c = OldSeq()
print(a, b, c)
print(sorted(OldSeq(), reverse=True))
