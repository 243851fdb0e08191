def f():
    global a, b
    a = 1
    def g():
        global c
        c = b
        return a
    return g
def h():
    x = 1
    def i():
        def j():
            nonlocal x
            x = 2
        return j
    return i
def k():
    global kk
    def kk():
        pass
    return kk
counter = 0
def inc():
    global counter
    counter += 1
