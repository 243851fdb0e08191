def g():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

it = g()
next(it)
try:
    it.close()
except ValueError as e:
    print("close:", e)
print(list(it))
