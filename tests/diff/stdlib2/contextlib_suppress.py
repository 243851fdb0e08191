from contextlib import suppress
with suppress(KeyError, IndexError):
    {}["a"]
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passed", e)
with suppress():
    pass
with suppress(LookupError):
    raise KeyError("sub")
print("subclass suppressed")
def f():
    with suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through"
print(f())
