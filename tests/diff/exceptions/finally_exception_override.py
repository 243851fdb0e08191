def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        return "handled"
    finally:
        print("g finally")
print(g())
def h():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print("inner handled in finally")
print(h())
