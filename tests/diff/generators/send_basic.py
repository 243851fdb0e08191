def echo():
    received = None
    while True:
        received = yield received
        if received == "quit":
            return "bye"
        received = received * 2

g = echo()
print(g.send(None))
print(g.send(3))
print(g.send("ab"))
try:
    g.send("quit")
except StopIteration as e:
    print("returned", e.value)
