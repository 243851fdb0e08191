# Leaving async with through return/break/continue still awaits __aexit__.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

log = []
class CM:
    def __init__(self, n):
        self.n = n
    async def __aenter__(self):
        log.append(f"in{self.n}")
        return self.n
    async def __aexit__(self, *exc):
        log.append(f"out{self.n}")

async def ret():
    async with CM(1) as v:
        return v * 10

async def loop():
    total = 0
    for i in range(4):
        async with CM(i) as v:
            if v == 1:
                continue
            if v == 3:
                break
            total += v
    return total

print(run(ret()), run(loop()))
print(log)
