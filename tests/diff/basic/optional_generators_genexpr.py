# A generator expression is the program's only generator.
squares = (x * x for x in range(5))
print(type(squares).__name__, squares.__name__, squares.__qualname__)
print(next(squares), squares.send(None), list(squares), list(squares))
g = (c.upper() for c in "abc")
g.close()
print(list(g))
h = (1 / x for x in [1, 0])
print(next(h))
try:
    next(h)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(h, "done"))
print(sum(x for x in range(10)), max((len(w) for w in ["a", "bbb"]), default=0))
