# types.coroutine keeps the function; its generators are plain generators.
import types

@types.coroutine
def sw():
    yield 1

print(sw.__name__, type(sw).__name__)
g = sw()
print(type(g).__name__)
print(next(g))
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__, types.GeneratorType.__name__)

async def c():
    pass

x = c()
print(isinstance(x, types.CoroutineType))
x.close()
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
