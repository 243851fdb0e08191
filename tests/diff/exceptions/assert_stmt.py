def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
