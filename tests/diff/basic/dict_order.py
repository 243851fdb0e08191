d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
del d["a"]
d["a"] = 99
print(d, list(d))
d.pop("z")
d["z"] = 0
print(d)
nums = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del nums[i]
print(nums, list(nums.values()))
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), {1: "a", 1.0: "b", True: "c"})
print(list(reversed({"a": 1, "b": 2})), {"a": 1} | {"b": 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
