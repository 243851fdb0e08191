import operator as op
ig = op.itemgetter
print(ig(0)(range(5, 10)), ig(-1)(b'abc'), ig(slice(2))('hello'), ig('k', 'k')({'k': 9}))
print(type(ig(1)) is op.itemgetter, isinstance(ig(1), op.itemgetter), op.itemgetter.__name__, op.attrgetter.__module__)
print(repr(ig(slice(1, 2))), repr(ig((1, 2))), repr(op.methodcaller('m', [1])))
ig('missing')({})
