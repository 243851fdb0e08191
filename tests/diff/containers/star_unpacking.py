def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
t = (3, 4)
print([*a, *t, *"xy"], (*a, 0), {*a, *t}, {**{"k": 1}, **{"j": 2}}, [*range(3), *{5: 6}])
print([*[], *()], (*(),), {*()}, {**{}})
attempt(lambda: [*1])
attempt(lambda: (*None, 1))
attempt(lambda: {*1})
attempt(lambda: {**1})
attempt(lambda: {**[1]})
attempt(lambda: [*a, *5])
merged = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(merged)
first, *others = [*t, *a]
print(first, others)
