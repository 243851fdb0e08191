def inner(tag):
    for i in range(2):
        yield f"{tag}{i}"
def outer():
    for t in "ab":
        g = inner(t)
        yield next(g)
        yield from g
print(list(outer()))
gens = [inner(c) for c in "xyz"]
while gens:
    for g in list(gens):
        try:
            print(next(g), end=" ")
        except StopIteration:
            gens.remove(g)
print()
