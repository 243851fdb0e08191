from functools import reduce
import operator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 8), 1))
print(reduce(lambda a, b: a + [b], 'abc', []), reduce(max, [3, 9, 2]), reduce(operator.add, [7]))
print(reduce(operator.add, [], 'init'), reduce(lambda a, b: a * 10 + b, iter([1, 2, 3])))
t(lambda: reduce(operator.add, []))
t(lambda: reduce())
t(lambda: reduce(operator.add))
t(lambda: reduce(1, 2))
t(lambda: reduce(operator.add, [1, 2], 3, 4))
t(lambda: reduce(None, [1, 2]))
