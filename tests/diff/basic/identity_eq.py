a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x == None, x is not None)
print(1 == 1.0, 1 == True, "1" == 1, (1, 2) == [1, 2], {1: 2} == {1: 2})
print(float("nan") == float("nan"))
n = float("nan")
print(n == n, [n] == [n], n in [n], n is n)
print(0 == -0.0, 2**53 + 1 == float(2**53 + 1), 10**20 == 1e20)
