# Randomized big-int arithmetic across limb counts (odd and even), signs and
# shift amounts: sums, differences, products, floor division, modulo and
# shifts, checked through a running digest and a few printed values.

state = 12345


def rand_bits(n):
    global state
    v = 0
    for _ in range((n + 30) // 31):
        state = (state * 1103515245 + 12345) % 2147483648
        v = (v << 31) | state
    return v >> ((n + 30) // 31 * 31 - n)


def rand_int():
    bits = 1 + rand_bits(12) % 2600
    v = rand_bits(bits) | (1 << (bits - 1))
    return -v if rand_bits(1) else v


MOD = (1 << 61) - 1
digest = 0
for i in range(400):
    a = rand_int()
    b = rand_int()
    s = 1 + rand_bits(7) % 95
    results = [a + b, a - b, b - a, a * b, a << s, a >> s, (-a) >> s, a & b, a | b, a ^ b]
    if b:
        results.append(a // b)
        results.append(a % b)
        q, r = divmod(b * a + 7, b)
        results.append(q - a)
        results.append(r)
    x = a
    x <<= s
    x -= a
    x += x
    x >>= s // 2 + 1
    results.append(x)
    for r in results:
        digest = (digest * 1000003 + r % MOD) % MOD
    if i % 80 == 0:
        print(i, a.bit_length(), b.bit_length(), (a * b) % 1000000007, (a >> s) % 999983)
print("digest", digest)
f = 1
for i in range(2, 700):
    f *= i
print(len(str(f)), f % (10**12 + 39), f >> 3000 & 0xFFFFFFFF)
