# Coroutines with closures, defaults, *args, **kwargs, nonlocal.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def make():
    count = 0
    async def bump(step=1, *extra, **kw):
        nonlocal count
        count += step + sum(extra) + len(kw)
        return count
    return bump

async def main():
    b = make()
    await b()
    await b(2)
    await b(1, 10, 20)
    return await b(0, x=1, y=2)

print(run(main()))

class Account:
    def __init__(self):
        self.balance = 0
    async def deposit(self, n):
        self.balance += n
        return self.balance
    @classmethod
    async def create(cls):
        return cls()
    @staticmethod
    async def rate():
        return 3

async def bank():
    a = await Account.create()
    await a.deposit(5)
    return await a.deposit(await Account.rate())

print(run(bank()))
