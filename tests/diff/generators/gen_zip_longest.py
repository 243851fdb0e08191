from itertools import zip_longest, cycle, islice, repeat
def letters():
    yield from "abc"
print(list(zip_longest(letters(), range(5), fillvalue="-")))
print(list(islice(cycle(letters()), 7)))
print(list(map(pow, (x for x in range(4)), repeat(2))))
