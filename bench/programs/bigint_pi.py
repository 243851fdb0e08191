# Bigint: digits of pi with a spigot over Python ints, and a factorial digit sum.


def pi_digits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def main():
    d = pi_digits(1200)
    print("pi:", "".join([str(c) for c in d[:30]]), "digit sum:", sum(d))
    f = 1
    for i in range(2, 1500):
        f *= i
    s = str(f)
    total = 0
    for ch in s:
        total += ord(ch) - 48
    print("1499! has", len(s), "digits, digit sum", total)


main()
