class Conn:
    live = 0
    created = 0

    def __init__(self, name):
        self.name = name
        Conn.live += 1
        Conn.created += 1

    def __del__(self):
        Conn.live -= 1
        print("closing", self.name)


def session():
    a = Conn("a")
    b = Conn("b")
    print("in session", Conn.live)
    return b


kept = session()
print("after session", Conn.live, Conn.created)
pool = [Conn(str(i)) for i in range(3)]
print("pool", Conn.live)
del pool[1]
print("removed one", Conn.live)
pool = None
print("pool gone", Conn.live)
kept = None
print("final", Conn.live, Conn.created)
