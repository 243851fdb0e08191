import functools, operator
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.add, [], 10), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(operator.concat, ["a", "b", "c"], ""), functools.reduce(operator.add, [[1], [2]], []))
for thunk in [lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add, 5), lambda: functools.reduce(operator.add),
              lambda: functools.reduce(1, [1, 2]), lambda: functools.reduce(operator.add, [1, "a"]), lambda: functools.reduce(operator.add, [1], 2, 3)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(functools.reduce(lambda acc, x: acc + [x * 2], range(4), []))
