def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import sys
t(lambda: len(str(10**4299)))
t(lambda: str(10**4300))
t(lambda: repr(-(10**4300)))
t(lambda: int('1' * 4300) % 1000)
t(lambda: int('1' * 4301))
t(lambda: int('-' + '2' * 4301))
t(lambda: len(hex(10**5000)))
t(lambda: int('f' * 5000, 16) % 1000)
t(lambda: sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
t(lambda: len(str(10**4500)))
t(lambda: len(str(10**5000)))
sys.set_int_max_str_digits(0)
t(lambda: len(str(10**6000)))
