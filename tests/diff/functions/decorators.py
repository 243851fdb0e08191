def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("->", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
def repeat(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("you"))
def first(fn):
    print("first applied")
    return fn
def second(fn):
    print("second applied")
    return fn
@first
@second
def stacked():
    return "stacked"
print(stacked(), add.__name__)
