def f(*args, **kw):
    return args, kw
print(f(*(x for x in range(3))))
print(sorted(x for x in "bca"))
print(tuple(x for x in range(3)), frozenset(x % 2 for x in range(5)))
print(list(reversed(list(c.upper() for c in "abc"))))
print(dict.fromkeys(x for x in "ab"))
print("-".join(sorted(set(w.lower() for w in "A b a B c".split()))))
