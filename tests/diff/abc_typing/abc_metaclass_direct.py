from abc import ABCMeta, abstractmethod, get_cache_token


class Plugin(metaclass=ABCMeta):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)

    @abstractmethod
    def run(self):
        raise NotImplementedError


class Hello(Plugin):
    def run(self):
        return "hello " + super().__class__.__name__


print(Plugin.registry, Hello().run())
print(type(Plugin) is ABCMeta, type(Hello) is ABCMeta)
t = get_cache_token()
Plugin.register(str)
print(get_cache_token() != t, isinstance("s", Plugin))
try:
    Plugin()
except TypeError as e:
    print(e)
