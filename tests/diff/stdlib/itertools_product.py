import itertools as it
print(list(it.product('ab', range(2))), list(it.product()), list(it.product([])), list(it.product('ab', [])))
print(list(it.product(range(2), repeat=3)), list(it.product('ab', 'c', repeat=2)), list(it.product('ab', repeat=0)))
print(len(list(it.product(range(4), range(5), range(6)))))
try:
    it.product([1], repeat=-1)
except ValueError as e:
    print(e)
it.product(1)
