# inspect: module, builtin, routine and descriptor predicates, isawaitable,
# isabstract, getmro and cleandoc, next to the type predicates.
import abc
import asyncio
import inspect
import sys


class Slotted:
    __slots__ = ("a",)

    def meth(self):
        pass

    @property
    def prop(self):
        return 1

    @staticmethod
    def st():
        pass

    @classmethod
    def cm(cls):
        pass


class GetOnly:
    def __get__(self, obj, owner=None):
        return 1


class SetOnly:
    def __set__(self, obj, value):
        pass


class DeleteOnly:
    def __delete__(self, obj):
        pass


class Awaits:
    def __await__(self):
        yield


class NotAwait:
    __await__ = None


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Half(Base):
    pass


class Done(Base):
    def run(self):
        return 1


def func():
    pass


async def coro_fn():
    return 1


def gen_fn():
    yield 1


s = Slotted()
objects = [
    ("module", sys), ("len", len), ("list.append", [].append), ("str.join", str.join),
    ("object.__init__", object.__init__),
    ("func", func), ("lambda", lambda: 0), ("bound", s.meth), ("class", Slotted),
    ("slot", Slotted.__dict__["a"]), ("property", Slotted.__dict__["prop"]),
    ("staticmethod", Slotted.__dict__["st"]), ("classmethod", Slotted.__dict__["cm"]),
    ("getonly", GetOnly()), ("setonly", SetOnly()), ("deleteonly", DeleteOnly()),
    ("int", 3), ("none", None), ("type.__dict__", type.__dict__["__dict__"]),
]
preds = ["ismodule", "isbuiltin", "isroutine", "ismethoddescriptor",
         "isdatadescriptor", "ismemberdescriptor", "isgetsetdescriptor", "isfunction",
         "ismethod", "isclass"]
for name, o in objects:
    print(name, [p for p in preds if getattr(inspect, p)(o)])

c = coro_fn()
g = gen_fn()
print("awaitable", inspect.isawaitable(c), inspect.isawaitable(Awaits()),
      inspect.isawaitable(NotAwait()), inspect.isawaitable(g), inspect.isawaitable(3),
      inspect.isawaitable(asyncio.sleep))
c.close()
fut_loop = asyncio.new_event_loop()
print("future", inspect.isawaitable(fut_loop.create_future()))
fut_loop.close()

print("abstract", inspect.isabstract(Base), inspect.isabstract(Half), inspect.isabstract(Done),
      inspect.isabstract(Done()), inspect.isabstract(int), inspect.isabstract(abc.ABC))
print("mro", [k.__name__ for k in inspect.getmro(Done)], inspect.getmro(bool))

docs = [
    "   First line.\n\n      Indented more.\n    Less.\n\n    \n",
    "\n\n   \n  only body\n\tTabbed\n",
    "single",
    "",
    "  \n  \n",
    "Title\n    a\n  b\n      c",
    "x\n\ty\n        z\n",
]
for d in docs:
    print(repr(inspect.cleandoc(d)))
print(repr(inspect.cleandoc(Slotted.meth.__doc__ or "  no doc  ")))
print(sorted(n for n in ["ismodule", "isawaitable", "cleandoc", "getmro"] if n in inspect.__all__))
