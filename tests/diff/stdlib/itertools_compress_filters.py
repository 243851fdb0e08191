import itertools as it
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1, 1])), list(it.compress([1, 2], [0, 1, 1, 1])))
print(list(it.compress(data=range(5), selectors=[True, False] * 3)))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1, 2])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 2, None, []])))
print(list(it.dropwhile(bool, [])), list(it.takewhile(bool, [0, 1])))
t = it.takewhile(lambda x: x < 2, [0, 1, 2, 0])
print(list(t), list(t))
it.compress([1])
