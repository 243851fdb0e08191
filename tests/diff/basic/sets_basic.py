s = {3, 1, 2}
s.add(5)
s.discard(1)
print(s, len(s), 2 in s, 9 in s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a)
print(set("mississippi"), sorted(set("mississippi")))
print({x % 5 for x in range(20)}, set(), frozenset([1, 2]))
words = {"apple", "banana", "cherry", "date"}
print(words)
print(sorted(words))
