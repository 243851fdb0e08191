# Decorators around async functions.
import functools

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args):
        print("calling", fn.__name__, args)
        r = await fn(*args)
        print("returned", r)
        return r
    return wrapper

@logged
async def add(a, b):
    return a + b

print(add.__name__, type(add(1, 2)).__name__ if False else "skip")
print(run(add(3, 4)))
