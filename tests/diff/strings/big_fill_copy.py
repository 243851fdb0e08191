# Fills and copies of more than 32 MiB in one go (a wasm engine once crashed
# on such memory.fill/memory.copy instructions).
s = "ab" * 20_000_000
print(len(s), s[:4], s[-4:])
t = s + "c"
print(len(t), t[-3:])
b = b"x" * 40_000_000
print(len(b), b[-2:])
ba = bytearray(b)
print(len(ba), ba[:3])
lst = [None] * 6_000_000
lst2 = lst[:]
lst2.extend(lst)
print(len(lst2))
