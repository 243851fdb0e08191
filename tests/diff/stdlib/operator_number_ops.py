import operator
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"]
for a, b in [(7, 3), (-7, 2), (2.5, 0.5)]:
    row = []
    for name in ops:
        try:
            row.append(getattr(operator, name)(a, b))
        except TypeError as e:
            row.append("TE")
    print(a, b, row)
print(operator.neg(3), operator.pos(-2), operator.abs(-4.5), operator.inv(5), operator.invert(0), operator.index(True), operator.matmul.__name__)
for thunk in [lambda: operator.truediv(1, 0), lambda: operator.mod(1, 0), lambda: operator.index(1.5), lambda: operator.lshift(1, -1), lambda: operator.neg("a")]:
    try:
        print(thunk())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = [1]
print(operator.iadd(x, [2]) is x, x, operator.imul("ab", 2), operator.ipow(2, 10), operator.ior({1}, {2}), operator.iconcat([0], (1,)))
