def g():
    try:
        yield 1
    finally:
        print("cleanup once")
it = g()
next(it)
it.close()
it.close()
print(it.close())
try:
    next(it)
except StopIteration:
    print("stopped")
