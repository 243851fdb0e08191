from functools import partial, reduce
import operator
add3 = partial(operator.add, 3)
print(list(map(add3, [1, 2, 3])), reduce(operator.mul, map(partial(operator.add, 1), range(4))))
base2 = partial(int, base=2)
print(base2('111'), base2('10'))
try:
    base2('12')
except ValueError as e:
    print('ValueError', e)
def kw(**k):
    return sorted(k.items())
p = partial(kw, a=1)
print(p(b=2), p(a=5))
sorter = partial(sorted, key=len, reverse=True)
print(sorter(['aa', 'b', 'ccc']))
class C:
    m = partial(lambda self, x: (self, x), 1)
print(C().m(2))
print(partial(partial(partial(max, 1), 5), 3)(), partial(partial(max, 1), 5).args)
