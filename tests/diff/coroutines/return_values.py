# Return values of many shapes through await.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def val(x):
    return x

async def main():
    r = []
    r.append(await val(None))
    r.append(await val((1, 2)))
    r.append(await val([3]))
    r.append(await val({"k": 1}))
    r.append(await val(StopIteration))
    r.append(await val(2 ** 100))
    t = await val((None,))
    r.append(t)
    return r

print(run(main()))
