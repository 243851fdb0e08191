def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for data in [b'', b'\x00', b'\x01', b'\xff', b'\x01\x00', b'\x00\x01', b'\xff\xff', b'\x80\x00', b'\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11']:
    for order in ['big', 'little']:
        t(lambda: int.from_bytes(data, order))
        t(lambda: int.from_bytes(data, order, signed=True))
t(lambda: int.from_bytes(b'\x01\x02'))
t(lambda: int.from_bytes([1, 2, 3], 'big'))
t(lambda: int.from_bytes((255, 0), 'little'))
t(lambda: int.from_bytes([256], 'big'))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes(b'\x01', 'sideways'))
t(lambda: int.from_bytes())
t(lambda: int.from_bytes(bytes=b'\x05', byteorder='big'))
t(lambda: int.from_bytes(bytearray(b'\x01\x00'), 'little'))
t(lambda: bool.from_bytes(b'\x01', 'big'))
t(lambda: int.from_bytes(b'\xff' * 20, 'big', signed=True))
