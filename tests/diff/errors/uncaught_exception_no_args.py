def f():
    raise RuntimeError()
f()
