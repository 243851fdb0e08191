# A Future-like object whose __await__ yields itself, resolved by a tiny loop.
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None

    def set_result(self, v):
        self.done = True
        self.result = v

    def __await__(self):
        if not self.done:
            yield self
        return self.result

async def worker(fut):
    print("waiting on", fut.name)
    v = await fut
    print("got", v)
    w = await fut  # already done: no suspension
    return v + w

def run(coro):
    pending = coro.send(None)
    while True:
        print("loop sees", type(pending).__name__, pending.name)
        pending.set_result(21)
        try:
            pending = coro.send(None)
        except StopIteration as e:
            return e.value

print(run(worker(Future("f1"))))
