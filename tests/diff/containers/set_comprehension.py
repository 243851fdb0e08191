squares = {x * x for x in range(-5, 6)}
print(squares, len(squares))
mods = {x % 7 for x in range(100)}
print(mods)
words = ["alpha", "beta", "gamma", "delta", "epsilon", "alpha"]
initials = {w[0] for w in words}
print(initials)
lengths = {len(w) for w in words}
print(lengths)
pairs = {(a, b) for a in range(3) for b in range(3) if a != b}
print(sorted(pairs), len(pairs))
print({c for c in "hello world" if c.isalpha()})
nested = [[1, 2], [2, 3], [3, 4]]
print({x for sub in nested for x in sub})
print({-x for x in {1, 2, 3}})
