import itertools as it
def gen_list(n):
    print('making', n)
    return list(range(n))
c = it.chain.from_iterable(map(gen_list, [1, 2, 3]))
print(next(c))
print(next(c))
print(list(c))
x = it.chain([1, 2], iter([3]))
print(list(x), list(x))
print(list(it.chain(*['ab', 'cd'])), list(it.chain('a', b'b', [None])))
