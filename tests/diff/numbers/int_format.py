def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0, 5, -5, 255, -255, 1234567, 10**20, -(2**70), True]:
    for spec in ['', 'd', '5', '<8', '>8', '^9', '=+10', '+', ' ', '-', ',', '_', '08', '#x', '#X', '#o', '#b', 'x', 'o', 'b', 'c', 'n', 'e', '.3f', '%', 'g', '_x', ',d', '*^12,']:
        t(lambda: format(x, spec))
t(lambda: format(5, '.2'))
t(lambda: format(5, 'z'))
t(lambda: format(5, 'q'))
t(lambda: format(5, '+c'))
t(lambda: format(5, '#c'))
t(lambda: format(-1, 'c'))
t(lambda: format(0x110000, 'c'))
t(lambda: format(5, ',_'))
t(lambda: format(5, ',n'))
t(lambda: (5).__format__(5))
t(lambda: format(True, ''))
t(lambda: format(False, '5'))
t(lambda: '{:08.3f} {:x} {!r} {:>6}'.format(7, 255, 12, -3))
