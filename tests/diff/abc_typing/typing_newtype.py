from typing import NewType, List

UserId = NewType("UserId", int)
u = UserId(42)
print(u, type(u).__name__, UserId, UserId.__name__, UserId.__supertype__)
print(List[UserId])
try:
    class Bad(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
