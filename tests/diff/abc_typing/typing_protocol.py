from typing import Protocol, runtime_checkable


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        print("closed")


class Other:
    pass


print(isinstance(Resource(), Closer), isinstance(Other(), Closer))
print(issubclass(Resource, Closer), issubclass(Other, Closer))


class Greeter(Protocol):
    def greet(self) -> str:
        ...


try:
    isinstance(Resource(), Greeter)
except TypeError as e:
    print("TypeError:", e)
try:
    Greeter()
except TypeError as e:
    print("TypeError:", e)


class Impl(Greeter):
    def greet(self):
        return "hi"


print(Impl().greet(), isinstance(Impl(), Impl))
try:
    runtime_checkable(Other)
except TypeError as e:
    print("TypeError:", e)
