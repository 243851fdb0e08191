# SyntaxWarning: "is" / "is not" with a literal (emitted at compile time).
x = "a"
n = 1000
print(x is "a", n is not 1000)
print(x is (), n is -1, x is not b"")
print(n is 1.5 or n is 2j)
print(x is None, x is not ..., n is True)
print(n is 1 is 2)
def f(v):
    return v is (1, 2), v is (1, v)
print(f(3))
print([y for y in range(3) if y is 1])
