import itertools as it, operator
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([])), list(it.accumulate([], initial=10)))
print(list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate('abc')), list(it.accumulate([1, 2], func=operator.sub, initial=None)))
print(list(it.accumulate([[1], [2], [3]])))
list(it.accumulate([1, 'a']))
