def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['1+2j', '1-2j', ' ( 1+2j ) ', '(1+2j', '1+2j)', '-j', '+j', 'j', 'J', '2J', '1e', '1_0j', 'inf-nanj', '1+', '()', '1 + 2j', '1.5', '-1.5e3-2.5E-2J',
          '', ' ', 'x', 'nan', '-inf j', '1e5j', '.5j', '5.j', '1+1', 'jj', '1j+1', '(  -2.5  )', '１+２j', '  3-j  ']:
    t(lambda: complex(s))
t(lambda: complex())
t(lambda: complex(1, 2))
t(lambda: complex(1.5))
t(lambda: complex(2**70))
t(lambda: complex(10**400))
t(lambda: complex(True, False))
t(lambda: complex(1j, 1j))
t(lambda: complex(1 + 2j, 3))
t(lambda: complex(1, 2j))
t(lambda: complex(1.0, -0.0))
t(lambda: complex(-0.0))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex(None))
t(lambda: complex(1, None))
t(lambda: complex([]))
t(lambda: complex(1, 2, 3))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=2))
t(lambda: complex(real='1+1j'))
t(lambda: complex(x=1))
