import itertools
print(list(itertools.product("ab", repeat=2)), list(itertools.product(repeat=3)), list(itertools.product("ab", [], "c")))
print(list(itertools.product(range(2), repeat=0)), len(list(itertools.product(range(3), range(4), repeat=2))))
for thunk in [lambda: itertools.product("ab", repeat=-1), lambda: itertools.product(1), lambda: itertools.product("a", rep=1),
              lambda: itertools.repeat(), lambda: itertools.repeat(1, "x"), lambda: list(itertools.repeat(1, -3))]:
    try:
        print(list(thunk()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(itertools.repeat("x", 3)), list(itertools.repeat(None, times=2)), list(zip(range(3), itertools.repeat(7))))
