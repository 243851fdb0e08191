s = "hello wörld 😀"
for sub in ["", "h", "hello", "wö", "ö", "😀", "x", "hello wörld 😀!", "lo w"]:
    print(repr(sub), sub in s, sub not in s)
try:
    print(1 in s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print("" in "")
