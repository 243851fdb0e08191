# asyncio.iscoroutinefunction and the inspect predicates: bound methods and
# functools.partial objects are looked through; staticmethod/classmethod
# objects, wrappers, callables with an async __call__ and classes are not
# coroutine functions; markcoroutinefunction; types.coroutine generators.
import asyncio
import functools
import inspect
import types


async def af():
    pass


def pf():
    pass


def gf():
    yield 1


async def agf():
    yield 1


@types.coroutine
def tc():
    yield


class K:
    async def m(self):
        pass

    @staticmethod
    async def sm():
        pass

    @classmethod
    async def cm(cls):
        pass

    async def __call__(self):
        pass

    def g(self):
        yield

    async def ag(self):
        yield

    def plain(self):
        pass


@functools.wraps(af)
def wrapped(*a):
    return af()


def marked():
    pass


print(inspect.markcoroutinefunction(marked) is marked)

cases = dict(af=af, pf=pf, gf=gf, agf=agf, tc=tc, m=K().m, Km=K.m, sm=K.sm, cm=K.cm, inst=K(),
             lam=lambda: af(), partial=functools.partial(af),
             partial2=functools.partial(functools.partial(af, 1)), pm=functools.partial(K().m),
             pgf=functools.partial(gf), pagf=functools.partial(agf),
             wrapped=wrapped, marked=marked, pmarked=functools.partial(marked),
             sleep=asyncio.sleep, gen=K().g, agen=K().ag,
             staticobj=K.__dict__['sm'], classobj=K.__dict__['cm'],
             meth_partial=types.MethodType(functools.partial(af), 1),
             builtin=len, cls=K, none=None, num=3)
for n, f in cases.items():
    print(n, asyncio.iscoroutinefunction(f), inspect.iscoroutinefunction(f),
          inspect.isgeneratorfunction(f), inspect.isasyncgenfunction(f))

k = K()
r = inspect.markcoroutinefunction(k.plain)
print(r is K.plain, inspect.iscoroutinefunction(K.plain), inspect.iscoroutinefunction(k.plain))


def other():
    pass


other._is_coroutine_marker = True
print(inspect.iscoroutinefunction(other))

c = af()
print(inspect.iscoroutine(c), inspect.isgenerator(gf()), inspect.isasyncgen(agf()),
      inspect.isgenerator(c))
c.close()
print(inspect.isfunction(af), inspect.isfunction(len), inspect.ismethod(k.m),
      inspect.ismethod(K.m), inspect.isclass(K), inspect.isclass(k))
print(inspect.CO_COROUTINE, inspect.CO_GENERATOR, inspect.CO_ASYNC_GENERATOR,
      inspect.CO_ITERABLE_COROUTINE)
print(inspect.isgeneratorfunction(lambda: (yield)))


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    print(asyncio.iscoroutinefunction(q.get), asyncio.iscoroutinefunction(q.put),
          asyncio.iscoroutinefunction(q.join), asyncio.iscoroutinefunction(lock.acquire),
          asyncio.iscoroutinefunction(q.put_nowait), inspect.iscoroutinefunction(q.join),
          inspect.iscoroutinefunction(asyncio.sleep))


asyncio.run(main())
