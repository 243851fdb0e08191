import operator
for thunk in [lambda: operator.itemgetter(), lambda: operator.attrgetter(), lambda: operator.attrgetter(1), lambda: operator.itemgetter(1)(5),
              lambda: operator.itemgetter(5)([1]), lambda: operator.itemgetter("k")({}), lambda: operator.attrgetter("x.y")(1),
              lambda: operator.methodcaller(), lambda: operator.methodcaller(1), lambda: operator.methodcaller("nope")(1)]:
    try:
        print(thunk())
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("x", "y.z")), repr(operator.methodcaller("f", 1, k=2)))
print(operator.itemgetter(slice(1, 3))("abcd"), operator.itemgetter(-1, 0)([1, 2, 3]), operator.methodcaller("split", ",", 1)("a,b,c"))
