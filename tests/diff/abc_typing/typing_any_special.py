from typing import Any, ClassVar, Final, Literal, LiteralString, Never, NoReturn, Self, Optional

print(Any, repr(Any), type(Any).__name__ == "_AnyMeta" or True)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)
try:
    Any()
except TypeError as e:
    print("TypeError:", e)


class Sub(Any):
    pass


print(Sub.__mro__[0].__name__, isinstance(Sub(), Sub))
for form in (ClassVar, Final, Literal, Never, NoReturn, Self, LiteralString, Optional):
    print(repr(form))
for form in (Optional, NoReturn):
    try:
        form()
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, Optional)
except TypeError as e:
    print("TypeError:", e)
try:
    NoReturn[int]
except TypeError as e:
    print("TypeError:", e)
