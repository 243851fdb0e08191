s = "abcdef"
print(s[True], s[-True], s[2:True], s[False:3])
for k in [1.0, None, "1", [1], (1,)]:
    try:
        print(s[k])
    except TypeError as e:
        print(type(e).__name__, e)
for k in [slice(1.0, 2), slice("a", None), slice(None, None, 0)]:
    try:
        print(s[k])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(s[slice(1, 4)], s[slice(None)], s[slice(-2, None)], s[10 ** 20:], s[-10 ** 20:2])
try:
    print(s[10 ** 20])
except IndexError as e:
    print(type(e).__name__, e)
