memo = {}
def ways(n, coins):
    key = (n, len(coins))
    if key in memo:
        return memo[key]
    if n == 0:
        r = 1
    elif n < 0 or not coins:
        r = 0
    else:
        r = ways(n - coins[0], coins) + ways(n, coins[1:])
    memo[key] = r
    return r
print(ways(200, [200, 100, 50, 20, 10, 5, 2, 1]))
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
print(perms("abc"), len(perms("abcde")))
def flatten(x):
    if isinstance(x, list):
        r = []
        for y in x:
            r.extend(flatten(y))
        return r
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
