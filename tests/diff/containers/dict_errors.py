def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1}
attempt(lambda: d["b"])
attempt(lambda: d[1])
attempt(lambda: d[(1, "x")])
attempt(lambda: d[[1]])
attempt(lambda: d[{}])
attempt(lambda: d[None])
def delit(k):
    del d[k]
    return d
attempt(lambda: delit("zz"))
attempt(lambda: delit([]))
def setit(k, v):
    d[k] = v
    return d
attempt(lambda: setit([1, 2], 3))
attempt(lambda: setit({1}, 3))
attempt(lambda: {}.pop("k"))
attempt(lambda: {}.popitem())
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.keys(1))
attempt(lambda: {}[""])
attempt(lambda: {}["it's"])
try:
    {}["key"]
except KeyError as e:
    print(repr(e), e.args)
try:
    {}[("a", 1)]
except LookupError as e:
    print(type(e).__name__, e, e.args)
