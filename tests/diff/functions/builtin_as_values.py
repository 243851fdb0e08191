fs = [len, str, abs, sorted]
print([f([3, 1, 2]) if f is not abs else f(-1) for f in fs])
convert = {"int": int, "float": float, "str": str}
print({k: fn("12") for k, fn in convert.items()})
print(list(map(int, ["1", "2"])), list(map(str, [1, 2])), list(filter(str.isdigit, ["1", "a", "22"])))
apply = lambda fn, *a: fn(*a)
print(apply(max, 3, 9, 4), apply(divmod, 17, 5), apply(pow, 2, 8), apply(isinstance, 1, int))
print(sorted([[3, 1], [2]], key=len), sum(map(abs, [-1, -2, 3])))
