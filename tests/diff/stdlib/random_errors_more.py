import random
r = random.Random(0)
for thunk in [lambda: r.choice([]), lambda: r.sample([1, 2], 3), lambda: r.sample({1, 2}, 1), lambda: r.randrange(0), lambda: r.randrange(5, 5),
              lambda: r.randrange(1, 10, 0), lambda: r.randint(5, 1), lambda: r.choices([], k=2), lambda: r.choices("ab", [1], k=1),
              lambda: r.choices("ab", weights=[1, 1], cum_weights=[1, 2]), lambda: r.choices("ab", [0, 0]), lambda: r.getrandbits(-1),
              lambda: r.randrange(1.5), lambda: r.sample([1], -1), lambda: r.seed([1]), lambda: r.setstate((9, (), None)), lambda: r.randbytes(-1)]:
    try:
        print(thunk())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
