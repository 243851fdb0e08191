def slices(s):
    out = []
    for a in [None, 0, 1, -1, 3, -3, 10]:
        for b in [None, 0, 2, -2, 10]:
            for c in [None, 1, 2, -1, -2, 3]:
                out.append(s[a:b:c])
    print("|".join(out))

slices("abcdefg")
slices("αβγδεζη")
slices("a😀b中c")
slices("")
long = "é" * 300 + "x" * 300 + "😀" * 300
print(long[250:260], long[595:605], long[-3:], len(long[::7]))
print(long[::-1][:5], long[299], long[600])
try:
    print("abc"[::0])
except ValueError as e:
    print(type(e).__name__, e)
