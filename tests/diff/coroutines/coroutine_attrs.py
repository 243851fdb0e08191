# Coroutine attributes.
async def outer():
    async def inner():
        return 3
    return inner

c = outer()
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    inner = e.value
print(c.cr_frame, c.cr_running)
i = inner()
print(i.__name__, i.__qualname__)
i.__name__ = "renamed"
print(i.__name__)
try:
    i.__qualname__ = 5
except TypeError as e:
    print("TypeError", e)
i.close()
print(type(outer).__name__, type(i).__name__)
print(hasattr(i, "__next__"), hasattr(i, "__iter__"), hasattr(i, "__await__"), hasattr(i, "send"))
