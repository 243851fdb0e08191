# sorted() alone (it calls the list method by name inside the runtime).
words = ["pear", "fig", "apple", "kiwi", "banana"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted([3.5, 1, 2.25, -4]))
print(sorted({5: "a", 1: "b", 3: "c"}.items()))
print(sorted((i * 7919) % 101 for i in range(20)))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
