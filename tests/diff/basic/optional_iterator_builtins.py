# Iterator types in a program that names nothing else: the behaviour of
# each is installed because its name appears.
xs = [3, 1, 4, 1, 5]
for i, x in enumerate(xs, 1):
    print(i, x)
print(list(zip(xs, "abcde", (9, 8))))
print(list(map(lambda a, b: a * b, xs, xs)))
print(list(filter(None, [0, 1, "", "x", None, 2])))
print(list(reversed(xs)), list(reversed("abc")), list(reversed((1, 2))))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], [3], strict=False)
print(list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as err:
    print(err)
r = reversed(xs)
print(r.__length_hint__(), next(r), r.__length_hint__())
print(sorted(map(abs, [-3, 2, -1])))
