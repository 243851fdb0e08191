def kv(d):
    for k in sorted(d):
        yield k, d[k]
d = {"b": 2, "a": 1, "c": 3}
print(list(kv(d)))
print(dict(kv(d)))
for k, v in kv(d):
    print(k, v)
def invert(d):
    yield from ((v, k) for k, v in d.items())
print(dict(invert(d)))
