# SyntaxWarning: assert on a non-empty tuple is always true.
x = 0
assert (x, "x must be set")
assert (x == 1, "never fails")
print("asserts passed")
try:
    assert ()
except AssertionError:
    print("empty tuple is false")
def g(v):
    assert (v,)
    return v
print(g(None))
