from contextlib import suppress
def risky(kind):
    with suppress(ValueError, TypeError):
        if kind == "v":
            raise ValueError("v")
        if kind == "t":
            raise TypeError("t")
        if kind == "k":
            raise KeyError("k")
        return "normal"
    return "suppressed"
for k in "vtnk":
    try:
        print(k, risky(k))
    except KeyError as e:
        print(k, "KeyError", e)
s = suppress(OSError)
for i in range(3):
    with s:
        raise FileNotFoundError(i)
print("reusable")
with suppress(Exception):
    print("before")
    raise RuntimeError
    print("never")
print("done")
