def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0, 1, 255, 256, 1024, 65535, -1, -128, -129, 127, 128, 2**64 - 1, -(2**63)]:
    for n in [1, 2, 4, 8]:
        for order in ['big', 'little']:
            t(lambda: x.to_bytes(n, order))
            t(lambda: x.to_bytes(n, order, signed=True))
t(lambda: (1).to_bytes())
t(lambda: (256).to_bytes())
t(lambda: (0).to_bytes(0, 'big'))
t(lambda: (1).to_bytes(0, 'big'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (1).to_bytes(2, 'middle'))
t(lambda: (1).to_bytes(2, byteorder='little'))
t(lambda: (1).to_bytes(length=3))
t(lambda: (1).to_bytes(1, 'big', True))
t(lambda: (1).to_bytes(1, length=2))
t(lambda: (1).to_bytes(1, 1))
t(lambda: (1).to_bytes('a'))
t(lambda: (-1).to_bytes(2))
t(lambda: (2**100).to_bytes(13, 'little'))
