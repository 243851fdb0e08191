from __future__ import annotations
def f(a: A, b: B = None) -> R:
    x: X = 1
    return x
y: Y = 2
