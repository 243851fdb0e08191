import itertools as it, operator
print(list(it.starmap(operator.add, [(1, 2), ('a', 'b'), ([1], [2])])))
print(list(it.starmap(divmod, zip(range(10, 15), it.repeat(3)))), list(it.starmap(str.upper, [('x',)])))
print(list(it.starmap(lambda a, b=5: a + b, [[1], [1, 1]])))
list(it.starmap(operator.add, [(1, 2, 3)]))
