foo(
def g():
    pass
