import abc

print(abc.ABC.__slots__, abc.ABCMeta.__name__, abc.ABC.__module__)
print(abc.ABC.__abstractmethods__)
print(repr(abc.ABC), type(abc.ABC))


@abc.abstractmethod
def f():
    pass


print(f.__isabstractmethod__)


class P(abc.ABC):
    @abc.abstractproperty
    def v(self):
        return 1


print(sorted(P.__abstractmethods__))
