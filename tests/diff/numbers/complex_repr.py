xs = [1 + 2j, 1 - 2j, -1 + 2j, 2j, -2j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1.5, 0),
      complex(1e16, 1e-5), complex(float('inf'), 1), complex(1, float('inf')), complex(1, -float('inf')), complex(float('nan'), float('nan')),
      complex(0, float('nan')), complex(1e300, -1e-300), 1j * 1e22, complex(0.1, 0.2), complex(100, 1e-4)]
for z in xs:
    print(repr(z), str(z), z, z.real, z.imag, z.conjugate())
print([1j, 2 + 3j], (1 - 1j,), {'z': -1j})
