def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def grow(d):
    for k in d:
        d[k + 100] = 1
    return d
def shrink(d):
    for k in d:
        del d[k]
    return d
def replace_keys(d):
    for k in d:
        del d[k]
        d[k + 1000] = 0
    return d
def mutate_values(d):
    for k in d:
        d[k] = d[k] * 10
    return d
attempt(lambda: grow({1: 1, 2: 2}))
attempt(lambda: shrink({1: 1, 2: 2}))
attempt(lambda: replace_keys({1: 1, 2: 2}))
attempt(lambda: mutate_values({1: 1, 2: 2}))
def via_items(d):
    for k, v in d.items():
        d.pop(k)
    return d
attempt(lambda: via_items({"a": 1}))
def via_values(d):
    for v in d.values():
        d["new"] = v
    return d
attempt(lambda: via_values({"a": 1, "b": 2}))
d = {"a": 1}
it = iter(d)
d["b"] = 2
attempt(lambda: next(it))
attempt(lambda: next(it))
