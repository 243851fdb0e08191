def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
def g():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
try:
    g()
except ValueError as e:
    print("same object re-raised:", e, e.__context__)
