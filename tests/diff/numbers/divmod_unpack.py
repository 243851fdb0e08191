# `q, r = divmod(a, b)`: small ints go straight to the two targets (no tuple);
# every other operand, and whatever a __divmod__ returns, is unpacked as a
# tuple would be, with the same errors and tracebacks.


class D:
    def __init__(self, r):
        self.r = r

    def __divmod__(self, o):
        return self.r

    def __rdivmod__(self, o):
        return self.r


class Loud:
    def __del__(self):
        print("del")


def f(a, b):
    q, r = divmod(a, b)
    return q, r


def g(items):
    out = []
    for a, b in items:
        try:
            q, r = divmod(a, b)
            out.append((q, r))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def gen(n):
    for i in range(n):
        q, r = divmod(i, 3)
        yield q * 10 + r


def operands_released():
    # The operands' decrefs come between the divmod and the unpack.
    q, r = divmod(len([Loud()]) * 7, 2)
    return q, r


print(f(17, 5), f(-17, 5), f(17, -5), f(-17, -5), f(0, 3), f(2**62, 3), f(2**70, 7))
print(f(-(2**62), -1), f(2**62 - 1, -1), f(7.5, 2), f(-7.5, 2), f(True, 2))
print(g([(1, 0), (5, 2), (D((1, 2)), 1), (D(None), 1), (D((1, 2, 3)), 1), (D([4, 5]), 1)]))
print(g([(1, D("ab")), ("x", 1), (2**63, 2**62), (-(2**62), -1), (1.0, 0), (D(iter("xy")), 0)]))
print(list(gen(7)))
print(operands_released())
x = 0
for i in range(100000):
    q, r = divmod(i * 7919, 97)
    x += q ^ r
print(x, q, r)
q, r = divmod(10**30, 7)
print(q, r)
a, b = divmod(D((9,)), 1)
