# A coroutine made by a direct call and dropped unawaited: CPython's
# RuntimeWarning goes to stderr; the program goes on.
import sys


async def work(x):
    return x * 2


def main():
    c = work(3)
    print(type(c).__name__)
    c.close()  # closed before it started: no warning
    for i in range(3):
        work(i)  # never awaited
    print("after")
    sys.stdout.flush()
    c = work(4)
    try:
        c.send(None)
    except StopIteration as e:
        print("value", e.value)


main()
