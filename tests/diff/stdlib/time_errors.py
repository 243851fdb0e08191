import time
for f in [lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.sleep(float('nan')), lambda: time.time(1),
          lambda: time.monotonic_ns(1), lambda: time.sleep()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
time.sleep(-0.5)
