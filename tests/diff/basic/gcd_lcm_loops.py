def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(2**100, 6**50), lcm(4, 6), lcm(21, 6))
result = 1
for k in range(1, 31):
    result = lcm(result, k)
print(result)
def digits(n):
    out = []
    while n:
        n, r = divmod(n, 10)
        out.append(r)
    return out[::-1] or [0]
print(digits(9075), digits(0), sum(digits(2 ** 100)))
