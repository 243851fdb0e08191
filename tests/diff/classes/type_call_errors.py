for args in [(), (1, 2), ("A", (), {}, 4)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("A", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(5, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (5,), {})
except TypeError as e:
    print("TypeError:", e)


class Final:
    pass


type("X", (bool,), {})
