# isinstance() compiled to a direct call: exact class, subclasses, metaclass
# hooks (not consulted for an object of exactly that class), __class__
# overrides, tuples, unions and errors.
class A: pass
class B(A): pass
class Meta(type):
    def __instancecheck__(cls, obj):
        print("hook", type(obj).__name__)
        return True
class M(metaclass=Meta): pass
class P:
    @property
    def __class__(self):
        return A
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, int), isinstance(True, int), isinstance(1.5, float))
print(isinstance(M(), M), isinstance(3, M), isinstance(P(), A), isinstance(P(), P))
print(isinstance("s", (int, str)), isinstance(None, type(None)), isinstance([], list | dict))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)
print(isinstance(A, type), isinstance(int, type), isinstance(M, Meta))
