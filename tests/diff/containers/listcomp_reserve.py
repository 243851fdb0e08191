# List comprehensions over range(...) and over lists/tuples reserve their
# result up front: the results, lengths and errors stay those of CPython.
print([i * i for i in range(20)], len([0 for _ in range(100000)]))
print([i for i in range(10, 0, -3)], [i for i in range(0, 10, 4)], [i for i in range(5, 5)])
print([i for i in range(-2**61, -2**61 + 40, 13)], len([i for i in range(3, 2**62, 2**60)]))
print(len([i for i in range(10**20, 10**20 + 50)]))  # big ints: the range object
src = list(range(30))
print([x + 1 for x in src][-3:], [x for x in tuple(src)][:3], [c for c in "abc"])
print(list(x * 2 for x in src)[:4], tuple(x for x in range(25))[-2:])
# The source list grows while the comprehension runs.
grow = [1, 2, 3] * 10
out = [grow.append(x) or x for x in grow if len(grow) < 40]
print(len(out), len(grow))
grow = list(range(20))
out = [(grow.append(0), x)[1] for x in grow[:25]]
print(len(out), len(grow))
# An exception in the middle of a reserved comprehension.
try:
    [1 // (i - 50) for i in range(100)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Seq(list):
    pass


print([x for x in Seq([1, 2, 3])], [y for y in range(3) for z in range(2)])
big = [i for i in range(300000)]
print(len(big), big[-1], sum(big))
# The source shrinks while the comprehension runs: fewer items than reserved.
g2 = list(range(40))
r = [(g2.pop() if len(g2) > 25 else -1) for x in g2]
print(len(r), r[:3], r[-3:], len(g2))
