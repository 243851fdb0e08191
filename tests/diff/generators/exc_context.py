def gen():
    try:
        yield 1
    except ValueError:
        raise KeyError("inner")

g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except KeyError as e:
    print(repr(e), repr(e.__context__))

def gen2():
    try:
        raise IndexError("first")
    except IndexError:
        yield 1

g = gen2()
next(g)
try:
    g.throw(TypeError("x"))
except TypeError as e:
    print(repr(e), repr(e.__context__))
