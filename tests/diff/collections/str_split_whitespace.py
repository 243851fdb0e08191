# str.split() fast path for ASCII strs (used by the Counter benchmarks).
cases = ['', ' ', 'a', ' a ', 'a b', '  a  b  ', 'a\tb\nc\rd\x0be\x0cf', 'x\x1cy\x1dz\x1ew\x1fv',
         'one', '\n\nlead', 'trail\t\t', 'a  b   c    d', 'é b', 'a\xa0b', 'a\u2003b c']
for s in cases:
    print(repr(s), s.split(), s.split(None), s.split(maxsplit=1), s.rsplit())
w = 'single'
print(w.split()[0] is w, len(('w ' * 1000).split()))
class S(str):
    pass
print(S('ab').split(), type(S('ab').split()[0]).__name__)
