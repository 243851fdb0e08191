class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        print("__bytes__")
        return b"PKT:" + self.payload.encode()

    def __complex__(self):
        return complex(len(self.payload), 1)


p = Packet("hi")
print(bytes(p), complex(p))


class BadBytes:
    def __bytes__(self):
        return "not bytes"


try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError:", e)
bytes(object())
