import operator
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
for thunk in [lambda: operator.concat(1, 2), lambda: operator.concat([1], (2,)), lambda: operator.indexOf([1], 5), lambda: operator.countOf(5, 1),
              lambda: operator.contains(5, 1), lambda: operator.getitem([1], 3), lambda: operator.length_hint(5, "x")]:
    try:
        print(thunk())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
l = [1, 2, 3, 4]
operator.setitem(l, 0, 9)
operator.delitem(l, slice(1, 3))
print(l, operator.getitem(l, -1), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.is_(None, None), operator.is_not(1, None), operator.not_([]), operator.truth("x"))
