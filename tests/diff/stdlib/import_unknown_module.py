print('before')
import itertools
print(itertools.count(5))
getattr(itertools, 'nope')
