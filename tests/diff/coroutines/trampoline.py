# Round-robin scheduler over several coroutines using a sleep-like awaitable.
import types

@types.coroutine
def switch():
    yield "switch"

async def task(name, n, log):
    total = 0
    for i in range(n):
        log.append(f"{name}{i}")
        total += i
        await switch()
    return name, total

def run_all(coros):
    results = []
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            queue.append(c)
    return results

log = []
print(run_all([task("a", 3, log), task("b", 2, log), task("c", 4, log)]))
print(" ".join(log))
