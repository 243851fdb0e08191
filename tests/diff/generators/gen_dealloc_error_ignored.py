def g():
    try:
        yield 1
    finally:
        raise ValueError("raised while closing")
it = g()
next(it)
print("dropping")
del it
print("after drop")
