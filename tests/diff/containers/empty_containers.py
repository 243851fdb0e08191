empties = [[], (), {}, set(), frozenset(), range(0), "", {}.keys(), {}.values(), {}.items()]
for e in empties:
    print(repr(e), len(e), bool(e), list(e))
print([] == [], () == (), {} == {}, set() == frozenset(), [] == (), {} == set())
print(list(reversed([])), sorted([]), sorted(set()), min([1], default=None), max([], default="none"))
print(sum([]), any([]), all([]), list(zip([], [])), list(enumerate([])), list(map(len, [])))
print([] + [], () + (), [] * 3, () * 3, set() | set(), {} | {})
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    max([])
except ValueError as e:
    print("ValueError", e)
print(tuple(), list(), dict(), set(), frozenset(), str([]), str(()), str({}))
