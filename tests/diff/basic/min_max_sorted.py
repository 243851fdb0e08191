words = ["pear", "Apple", "fig", "banana", "kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=lambda w: w[-1]))
print(min(3, 1.5, 2), max([1, 2], [1, 3]), max((1, "b"), (1, "a")), min("hello"))
records = [("bob", 25), ("ann", 30), ("cid", 25), ("dee", 30)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: (-r[1], r[0])))
print(max([], default=None), min([5], default=0), sorted([]), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), max(nums, key=abs), sorted(nums, reverse=True))
