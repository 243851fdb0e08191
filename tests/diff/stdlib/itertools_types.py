import itertools as it
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'takewhile', 'filterfalse',
             'groupby', 'islice', 'pairwise', 'batched', 'starmap', 'zip_longest', 'product', 'permutations',
             'combinations', 'combinations_with_replacement']:
    t = getattr(it, name)
    print(t, t.__name__, t.__module__)
print(type(it.tee([1])[0]).__name__, it.tee)
c = it.count()
print(iter(c) is c, type(it.chain()) is it.chain)
