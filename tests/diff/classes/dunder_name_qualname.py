class A:
    class B:
        pass


print(A.__name__, A.__qualname__, A.B.__name__, A.B.__qualname__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__)
print(repr(A))
A.__qualname__ = "Other.Q"
print(repr(A), A.__name__)
print(int.__name__, int.__qualname__, type.__name__)
try:
    A.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
A.__qualname__ = 5
