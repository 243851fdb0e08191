def f():
    def g():
        nonlocal y
        y = 1
