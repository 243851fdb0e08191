# A coroutine freed without ever running: RuntimeWarning on stderr.
async def forgotten():
    return 1

def make():
    c = forgotten()
    print(type(c).__name__)

make()
print("after")
