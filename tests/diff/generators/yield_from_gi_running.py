def inner():
    yield outer_gen.gi_running, inner_gen.gi_running
def outer():
    yield from inner_gen
inner_gen = inner()
outer_gen = outer()
print(next(outer_gen))
