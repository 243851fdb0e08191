a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, 1 < 2.5 < 3)
print(1 == 1.0, 2**60 == 2.0**60, 0.1 + 0.2 == 0.3, -0.0 == 0.0)
print("a" < "b", "abc" < "abd", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(None is None, 1 is not None, [] == [], [] is [])
x = 5
print(0 <= x < 10, 10 <= x or x < 0, not x)
def mid():
    print("mid evaluated")
    return 5
print(1 < mid() < 10)
print(1 > mid() < 10)
