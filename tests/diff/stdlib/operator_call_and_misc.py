import operator
print(operator.call(max, 3, 9, 2), operator.call(sorted, [3, 1], reverse=True))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1.0), operator.ge(3, 4), operator.gt("b", "a"))
for thunk in [lambda: operator.lt(1, "a"), lambda: operator.call(), lambda: operator.add(1), lambda: operator.not_()]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(operator.__lt__ is operator.lt, operator.__add__(2, 3), operator.__getitem__([5, 6], 1), operator.__not__(0))
