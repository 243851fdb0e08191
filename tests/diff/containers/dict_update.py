def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1}
d.update({"b": 2, "a": 0})
print(d)
d.update([("c", 3), ["d", 4], "ef"])
print(d)
d.update(x=9, y=8)
print(d)
d.update({"z": 26}, a=-1)
print(d)
d.update()
d.update([])
d.update(zip("pq", [16, 17]))
print(d)
d.update(d)
print(d)
attempt(lambda: {}.update(5))
attempt(lambda: {}.update([(1, 2, 3)]))
attempt(lambda: {}.update([(1, 2), (3,)]))
attempt(lambda: {}.update([1]))
attempt(lambda: {}.update(["abc"]))
attempt(lambda: {}.update({}, {}))
attempt(lambda: {}.update([[1, 2], None]))
e = {}
try:
    e.update([(1, 2), (3, 4, 5)])
except ValueError as err:
    print("ValueError", err)
print(e)
