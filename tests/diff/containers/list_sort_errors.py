def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: sorted([1, "a", 2]))
attempt(lambda: sorted([3, 1], key=1))
attempt(lambda: [].sort(1))
attempt(lambda: [].sort(foo=1))
attempt(lambda: sorted([1, 2, 3], key=lambda x: 1 / (x - 2)))
attempt(lambda: sorted([{1}, {2}]))
attempt(lambda: sorted([[1], [1, "a"], [1, 2]]))
a = [3, 1, 2]
def bad_key(x):
    a.append(x)
    return x
try:
    a.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(a)
b = [5, 4, "x", 3]
try:
    b.sort()
except TypeError as e:
    print("TypeError", e)
print(sorted(b, key=str))
print(len(b))
