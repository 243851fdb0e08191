# Recursion: naive Fibonacci (function call overhead, small-int arithmetic).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for i in range(20, 28):
        total += fib(i)
    print("fib checksum:", total)


main()
