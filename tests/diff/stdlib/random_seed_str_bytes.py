import random
for seed in ['', 'a', 'hello', 'Molt compiler', 'é☃', 'x' * 200, b'', b'abc', bytearray(b'xyz'), b'\x00\xff' * 70]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.getrandbits(16))
