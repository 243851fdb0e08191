class E(Exception):
    pass


for args in [(), ("one",), ("a", 2), (None,), ([1, 2],)]:
    e = E(*args)
    print(repr(e), "|", str(e), "|", e.args)
e = E("x")
e.args = ("changed", 1)
print(e, e.args)
e.extra = 5
print(e.extra)
print(E("k") == E("k"), isinstance(E(), BaseException))
raise E("final", "args")
