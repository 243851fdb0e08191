def bad():
    yield 1
    raise KeyError("src")
try:
    print(sum(x for x in bad()))
except KeyError as e:
    print("KeyError", e)
try:
    list(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print("zde", e)
try:
    list(undefined_name for _ in [1])
except NameError as e:
    print(e)
