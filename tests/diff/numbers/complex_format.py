def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for z in [1 + 2j, -1.5 - 0.25j, 2j, -2j, 0j, complex(-0.0, 0), complex(1234.5, -6789.25), complex(float('inf'), float('nan'))]:
    for spec in ['', '10', '<20', '^20', '.2f', '.3e', 'g', '.3', '+', ' ', ',', '*^24.2f', 'E', 'G', '>16.1f', 'n']:
        t(lambda: format(z, spec))
t(lambda: format(1 + 2j, '010'))
t(lambda: format(1 + 2j, '=10'))
t(lambda: format(1 + 2j, 'd'))
t(lambda: format(1 + 2j, '%'))
t(lambda: format(1 + 2j, 'x'))
t(lambda: '{:.1f}'.format(3 - 4j))
