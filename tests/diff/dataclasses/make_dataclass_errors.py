from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass
for spec in (['x', 'x'], ['class'], ['1a'], [('a', int, 3, 4)], [('a',)]):
    try:
        make_dataclass('C', spec)
    except TypeError as e:
        print(e)
