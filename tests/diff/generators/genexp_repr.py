g = (i for i in [])
print(type(g).__name__)
print(g.__name__, g.__qualname__)
def f():
    return (i for i in [])
print(f().__qualname__)
def gen():
    yield
print(gen().__name__, gen().__qualname__)
print(repr(gen()).startswith("<generator object gen at 0x"))
def outer():
    def inner():
        yield
    return inner()
print(outer().__qualname__)
print(repr(outer()).split(" at ")[0])
