class Config:
    def __init__(self):
        self._d = {"host": "localhost", "port": 8080}

    def keys(self):
        print("keys()")
        return ["host", "port"]

    def __getitem__(self, k):
        print("getitem", k)
        return self._d[k]


c = Config()
print(dict(c))


def connect(host, port):
    return f"{host}:{port}"


print(connect(**c))
d = {"extra": 1}
d.update(c)
print(d)
print({**c, "port": 1})


class NoKeys:
    pass


try:
    connect(**NoKeys())
except TypeError as e:
    print("TypeError:", e)
dict(NoKeys())
