import copy
class D(dict): pass
class L(list): pass
class T(tuple): pass
class I(int): pass
d = D(a=1); d.extra = 5; e = copy.copy(d); print(type(e).__name__, e, e.extra)
ll = L([1, [2]]); ll.tag = "t"; mm = copy.deepcopy(ll); print(type(mm).__name__, mm, mm.tag, mm[1] is ll[1])
tt = copy.deepcopy(T((1, [2]))); print(type(tt).__name__, tt)
ii = copy.copy(I(7)); print(type(ii).__name__, ii)
cl = copy.copy(L([3, 4])); print(type(cl).__name__, cl)
