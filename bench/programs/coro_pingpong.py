# Two coroutines passing a value back and forth through a hand-written
# trampoline (~1e6 switches): each await of the Channel suspends the whole
# coroutine chain (ping/pong -> step -> Channel.__await__) and the scheduler
# resumes the other side with send().
import types


@types.coroutine
def suspend(tag):
    return (yield tag)


async def step(v, k):
    w = await suspend(v)
    return (w * k + 1) % 1000003


async def player(n, k):
    v = 1
    acc = 0
    for _ in range(n):
        v = await step(v, k)
        acc += v
    return acc


def trampoline(a, b):
    # Resume each coroutine with the value the other one last yielded.
    va = a.send(None)
    vb = b.send(None)
    ra = rb = None
    switches = 0
    while ra is None or rb is None:
        if ra is None:
            try:
                va, vb = a.send(vb), va
            except StopIteration as e:
                ra = e.value
            switches += 1
        if rb is None:
            try:
                vb = b.send(va)
            except StopIteration as e:
                rb = e.value
            switches += 1
    return ra, rb, switches


def main():
    ra, rb, switches = trampoline(player(500000, 3), player(500000, 7))
    print("coro_pingpong checksum:", ra, rb, switches)


main()
