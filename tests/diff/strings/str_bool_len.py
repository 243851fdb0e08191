for s in ["", "a", " ", "0", "False"]:
    print(repr(s), bool(s), len(s), not s, s or "default", s and "yes")
if "":
    print("empty is true?")
else:
    print("empty is false")
n = 0
s = "abc"
while s:
    s = s[1:]
    n += 1
print(n)
print(any(["", "x"]), all(["a", ""]))
