def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 1.5, -1.5, 1234.5678, 0.000123, 1e16, 1e-7, 123456789.0, float('inf'), float('nan'), 2.5, 3.5]:
    for spec in ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '10.3f', '<10', '^12.2f', '=+10.1f', '+', ' ', ',', '_', ',.2f', '010.2f', 'z.1f', '#.0f', '#g', 'n', '.2', '*>12']:
        t(lambda: format(x, spec))
t(lambda: format(1.5, 'd'))
t(lambda: format(1.5, 'x'))
t(lambda: format(1.5, ',_'))
t(lambda: format(1.5, '.'))
t(lambda: '%.3f %e %g %r %s' % (1.5, 1.5, 1.5, 1.5, 1.5))
t(lambda: '{:.2f} {:>8.1e} {!r}'.format(3.14159, 12345.678, 0.1))
