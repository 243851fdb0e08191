xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs, len(xs), xs[0], xs[-1], xs[2:5], xs[::-1])
xs.append(7)
xs.extend([8, 9])
xs.insert(0, 0)
print(xs, xs.pop(), xs.pop(0), xs.index(4), xs.count(1))
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.remove(1)
print(xs, sorted(xs), sorted(xs, key=lambda v: -v))
xs[1:3] = ["a", "b", "c"]
print(xs)
del xs[0]
del xs[::2]
print(xs, xs * 2, [0] * 5, [1, 2] + [3])
print(sum([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]), list(range(3)))
