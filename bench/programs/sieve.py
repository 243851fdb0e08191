# Int loops: the sieve of Eratosthenes on a list of flags, repeated.


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def main():
    total = 0
    for k in range(6):
        total += sieve(400000 + k)
    print("primes counted:", total)


main()
