def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", a, b)
print(div(1, 2))
print(div(1, 0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
