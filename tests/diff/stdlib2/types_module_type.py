import types, math
m = types.ModuleType("plugin")
m.value = 42
def hello(): return "hi from " + m.__name__
m.hello = hello
print(m.value, m.hello(), isinstance(m, types.ModuleType), isinstance(math, types.ModuleType))
print(type(math) is types.ModuleType, types.ModuleType.__name__)
try:
    m.missing
except AttributeError as e:
    print(e)
