def gen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = gen()
next(g)
g.close()

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def ret():
    try:
        yield 1
    except GeneratorExit:
        return 5
r = ret()
next(r)
print(r.close())

def other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
o = other()
next(o)
try:
    o.close()
except ValueError as e:
    print("close raised", e)
