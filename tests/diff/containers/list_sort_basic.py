nums = [5, 2, 9, 1, 5, 6, -3, 0, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
floats = [2.5, -1.0, 3, 0.5, 2]
floats.sort()
print(floats)
empty = []
empty.sort()
print(empty)
print(sorted("hello world"))
print(sorted({3: "a", 1: "b", 2: "c"}))
print(sorted([[3, 1], [2], [3, 0], []]))
