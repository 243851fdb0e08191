# A small event loop: tasks wait on futures that other tasks resolve.
class Future:
    def __init__(self):
        self.done = False
        self.value = None
        self.waiters = []
    def resolve(self, v):
        self.done = True
        self.value = v
    def __await__(self):
        while not self.done:
            yield self
        return self.value

class Loop:
    def __init__(self):
        self.ready = []
        self.waiting = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.waiting:
            if not self.ready:
                self.ready = [t for t in self.waiting]
                self.waiting = []
            name, coro = self.ready.pop(0)
            try:
                fut = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
            else:
                self.waiting.append((name, coro))

box = Future()

async def producer():
    box.resolve(41)
    return "produced"

async def consumer():
    v = await box
    return v + 1

loop = Loop()
loop.spawn("consumer", consumer())
loop.spawn("producer", producer())
loop.run()
print(sorted(loop.results.items()))
