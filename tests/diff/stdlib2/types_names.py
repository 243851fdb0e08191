import types, sys
def f(): pass
class K:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(K().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType), isinstance(K.m, types.FunctionType))
print(isinstance(sys, types.ModuleType), types.NoneType, types.EllipsisType, types.NotImplementedType, type(None) is types.NoneType)
print(types.FunctionType.__name__, types.MethodType.__name__, types.BuiltinFunctionType.__name__, types.ModuleType.__name__)
print(types.GenericAlias(list, (int,)), type(int | None) is types.UnionType, types.FunctionType is types.LambdaType)
