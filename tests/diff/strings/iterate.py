for s in ["abc", "", "é中😀", "a\u0301"]:
    out = []
    for ch in s:
        out.append(ch)
    print(out, len(out))
print(list("hello"))
print(tuple("hé"))
n = 0
for c in "x" * 1000:
    n += 1
print(n)
it = iter("ab")
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(sorted("banana"), set("aab") == {"a", "b"})
print([c.upper() for c in "abc"])
