g = (x for x in range(5))
print(next(g))
print(g.send(None))
print(g.send("ignored"))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print("raised", e)
print(list(g))
g = (x for x in range(3))
g.close()
print(list(g))
g = (x for x in range(3))
try:
    g.send(1)
except TypeError as e:
    print(e)
