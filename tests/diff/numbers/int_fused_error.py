# An uncaught error raised inside a fused int expression: the traceback
# points at the operator that raised (here the division by a zero
# intermediate, after a product beyond the small-int range).


def scale(a, b, c):
    return (a * b + c) // (c - c) * 3


print(scale(2**40, 2**10, 5) if False else "start")
print(scale(2**40, 2**10, 5))
