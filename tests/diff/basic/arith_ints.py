# Integer arithmetic across the small/big boundary.
values = [0, 1, -1, 7, -7, 2**47 - 1, -2**47, 2**47, 2**63, -2**63 - 1, 10**30]
for a in values:
    for b in [1, -1, 3, -3, 2**40 + 5, 10**20]:
        print(a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(2**100, -2**100, (2**100) // 3, (-2**100) % 7)
print(1 << 70, (1 << 70) >> 69, -1 >> 5, ~0, ~(2**80))
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0x0F, (2**70 + 1) & 0xFFFF)
