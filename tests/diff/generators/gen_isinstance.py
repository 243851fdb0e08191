def g():
    yield
gen_type = type(g())
print(gen_type.__name__, isinstance(g(), gen_type), isinstance((x for x in []), gen_type))
print(isinstance([], gen_type), callable(g), callable(g()))
try:
    gen_type()
except TypeError as e:
    print("TypeError", e)
print(hasattr(g(), "__next__"), hasattr(g(), "__len__"))
try:
    len(g())
except TypeError as e:
    print(e)
try:
    g()[0]
except TypeError as e:
    print(e)
