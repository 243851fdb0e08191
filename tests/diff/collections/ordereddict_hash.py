from collections import OrderedDict, defaultdict, Counter
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash(OrderedDict(a=1)))
t(lambda: hash(defaultdict(int)))
t(lambda: hash(Counter()))
t(lambda: {OrderedDict(): 1})
