def uses_len(x):
    return len(x)
print(uses_len("abc"))
def local_shadow():
    len = lambda x: 42
    return len("abc")
print(local_shadow(), len("abc"))
list_ = list
def make():
    return list_("xy")
print(make())
max = lambda *a: "shadowed max"
print(max(1, 2))
del max
print(max(1, 2))
