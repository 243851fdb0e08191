calls = []
def default_value(tag):
    calls.append(tag)
    return tag
def f(a=default_value("a"), *, b=default_value("b")):
    return a, b
print(calls)
print(f(), f(1), f(b=2), calls)
def g(x, y=[]):
    y.append(x)
    return len(y)
print(g(1), g(2), g(3, []), g(4))
