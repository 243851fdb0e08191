# Library classes whose CPython counterparts are C types with a dotted name
# (functools.partial, types.SimpleNamespace, array.array, typing.TypeVar,
# _asyncio.Future, weakref.ProxyType, ...) show that name in messages, while
# __name__ and __module__ stay as CPython has them.
import array
import asyncio
import functools
import types
import typing
import weakref


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class O:
    pass


o = O()
p = weakref.proxy(o)
cp = weakref.proxy(lambda: 0)
t(lambda: hash(p))
t(lambda: hash(cp))
t(lambda: weakref.ProxyType.foo)
T = typing.TypeVar('T')
P = typing.ParamSpec('P')
Ts = typing.TypeVarTuple('Ts')
t(lambda: T.foo)
t(lambda: T + 1)
t(lambda: P.foo)
t(lambda: P.args.foo)
t(lambda: P.kwargs.foo)
t(lambda: Ts.foo)
t(lambda: T())
type X = int
t(lambda: X.foo)
t(lambda: typing.Generic.foo)
pa = functools.partial(print)
t(lambda: pa + 1)
t(lambda: pa.foo)
lc = functools.lru_cache(lambda: 0)
t(lambda: lc + 1)
kw = functools.cmp_to_key(lambda a, b: 0)(1)
t(lambda: kw + 1)
t(lambda: hash(kw))
t(lambda: types.SimpleNamespace() + 1)
t(lambda: hash(types.SimpleNamespace()))
t(lambda: hash(array.array('b')))
t(lambda: array.array('i') < 1)
for c in (functools.partial, types.SimpleNamespace, array.array, typing.TypeVar, asyncio.Future,
          asyncio.Task, weakref.ProxyType):
    print(c.__name__, c.__qualname__)


class MyPartial(functools.partial):
    pass


t(lambda: MyPartial(print) + 1)


async def main():
    f = asyncio.get_running_loop().create_future()
    t(lambda: f + 1)
    t(lambda: f.foo)
    tk = asyncio.ensure_future(asyncio.sleep(0))
    t(lambda: tk + 1)
    await tk

asyncio.run(main())
