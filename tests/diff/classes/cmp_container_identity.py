class NeverEqual:
    def __eq__(self, other):
        print("__eq__ called")
        return False

    __hash__ = object.__hash__


x = NeverEqual()
print(x == x)
print([x] == [x])
print(x in [x], (x,) == (x,))
print([x].count(x), [x].index(x))
d = {x: 1}
print(d[x], x in d, x in {x})
y = NeverEqual()
print([x] == [y])
print(y in [x])
