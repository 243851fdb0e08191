import itertools as it, operator
print(list(it.accumulate(range(10), operator.add, initial=-5)), list(it.accumulate([5], initial=0)))
print(list(it.accumulate([2, 3, 4], lambda a, b: a * 10 + b)), list(it.accumulate([1.5, 2.5, -1.0])))
print(list(it.accumulate(['a', 'b', 'c'], initial='>')), list(it.accumulate([(1,), (2,)])))
print(list(it.accumulate([1, 2, 3], func=min)), list(it.accumulate([3, 1, 2], max, initial=2)))
it.accumulate()
