import itertools as it
print(list(it.compress(range(10), it.cycle([True, False]))), list(it.compress('abc', [])), list(it.compress([], [1, 1])))
print(list(it.compress('abcdef', map(lambda x: x % 3 == 0, range(6)))), list(it.compress(['a', 'b'], ['', 'x'])))
print(list(it.dropwhile(lambda x: x != 'c', 'abcdc')), list(it.takewhile(str.isdigit, '123abc456')))
print(list(it.filterfalse(str.isupper, 'aBcDe')), list(it.filterfalse(lambda x: x > 2, [5, 1, 2, 3, 0])))
list(it.dropwhile(len, [1]))
