a = 3 ** 300 + 12345
b = -(7 ** 150) + 1
c = 2 ** 521 - 1
print(a + b, a - b, a * b)
print(a // b, a % b, b // 977, b % 977)
print(divmod(a, c), divmod(-a, c), divmod(a, -c))
print(c % 1000000007, pow(a, 3, c), pow(b, 65537, c))
print(a & b, a | b, a ^ b, ~b, a >> 100, b >> 100, a << 3, b << 70)
x = 1
for i in range(200):
    x = x * 31 + i
print(x, x.bit_length(), -x // 12345, -x % 12345)
print(sum([10**20] * 50), sum(range(10**6)))
f = 1
for i in range(1, 300):
    f *= i
print(f % (10**9 + 7), len(str(f)), str(f)[:50])
print((f // (10 ** 100)) % 1000)
