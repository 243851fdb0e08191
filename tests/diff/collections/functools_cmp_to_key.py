from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
print(sorted([3, 1, 2], key=cmp_to_key(rev)), sorted('bca', key=cmp_to_key(cmp)))
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(a, b)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_alpha)))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) > k(1), k(1) == k(1), k(1) <= k(1), k(3) >= k(4), k(1).obj)
print(type(k(1)).__name__, min([5, 3, 8], key=cmp_to_key(cmp)), max([5, 3, 8], key=cmp_to_key(cmp)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash(k(1)))
t(lambda: k(1) < 2)
