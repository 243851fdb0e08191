# throw() into a coroutine that never ran; close() of unstarted coroutines.
async def f():
    print("never printed")
    return 1

c = f()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("ValueError", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
d = f()
print(d.close())
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
