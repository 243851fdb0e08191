# Int loops: the longest Collatz chain below a bound (branches, // and %).


def chain_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main():
    best = 0
    best_n = 0
    for n in range(1, 30000):
        s = chain_length(n)
        if s > best:
            best = s
            best_n = n
    print("longest chain below 30000:", best_n, best)


main()
