1 2
f'abc
