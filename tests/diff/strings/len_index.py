def show(s):
    print(len(s), repr(s))
    for i in range(-len(s), len(s)):
        print(i, repr(s[i]))

show("")
show("abc")
show("héllo")
show("中文字")
show("a😀b")
show("e\u0301")
for s in ["abc", "é", ""]:
    for i in [3, -4, 100]:
        try:
            print(s[i])
        except IndexError as e:
            print(type(e).__name__, e)
try:
    key = "x"
    print("abc"[key])
except TypeError as e:
    print(type(e).__name__, e)
try:
    fkey = 1.5
    print("abc"[fkey])
except TypeError as e:
    print(type(e).__name__, e)
print("abc"[True], "abc"[False])
