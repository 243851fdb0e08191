from functools import reduce
import operator
print(reduce(operator.or_, [{1}, {2}, {3}]), reduce(operator.concat, [[1], [2, 3], []]))
print(reduce(lambda acc, kv: acc + kv[1], {'a': 1, 'b': 2}.items(), 0))
print(reduce(operator.add, 'abc'), reduce(operator.add, ('x',), 'init-'))
print(reduce(pow, [2, 3, 2]), reduce(operator.truediv, [100, 2, 5]))
def compose(*fs):
    return reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 3, str)(4))
try:
    reduce(operator.add, [1, 'a'])
except TypeError as e:
    print('TypeError', e)
