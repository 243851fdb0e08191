import types
a = types.SimpleNamespace(x=1)
b = types.SimpleNamespace(x=1)
print(a == b, a is b, a != b)
b.y = 2
print(a == b, [a] == [types.SimpleNamespace(x=1)])
class S1(types.SimpleNamespace): pass
class S2(types.SimpleNamespace): pass
print(S1(x=1) == S2(x=1), S1(x=1) == a)
try:
    {a: 1}
except TypeError as e:
    print("TypeError", "unhashable" in str(e))
print(types.SimpleNamespace(a=[]).__dict__)
