def collatz_len(n):
    steps = 0
    while n != 1:
        n = step(n)
        steps += 1
    return steps
def step(n):
    return n // 2 if n % 2 == 0 else 3 * n + 1
best = max(range(1, 2000), key=collatz_len)
print(best, collatz_len(best))
def redefine():
    return 1
print(redefine())
def redefine():
    return 2
print(redefine())
