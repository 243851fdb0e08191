from contextlib import closing, nullcontext
class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as t:
    print(type(t).__name__)
try:
    with closing(Thing()):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
n = nullcontext([1])
with n as a:
    with n as b:
        print(a is b)
