import itertools as it
print(list(it.permutations(range(3), 2)), list(it.permutations('ab', 1)), list(it.permutations(range(4), 4))[-3:])
print(len(list(it.permutations(range(7), 3))), len(list(it.permutations('abcde', 5))))
print([''.join(p) for p in it.permutations('aab')])
print(sorted(set(it.permutations('aab'))) == sorted(set([tuple(s) for s in ['aab', 'aba', 'baa']])))
