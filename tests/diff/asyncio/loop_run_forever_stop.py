import asyncio

loop = asyncio.new_event_loop()
count = [0]

def tick():
    count[0] += 1
    print("tick", count[0])
    if count[0] < 3:
        loop.call_soon(tick)
    else:
        loop.stop()

loop.call_soon(tick)
loop.run_forever()
print("stopped", loop.is_running())
loop.call_later(0.01, loop.stop)
loop.run_forever()
print("stopped again")
loop.close()
