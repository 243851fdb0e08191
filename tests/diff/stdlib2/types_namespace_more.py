import types
a = types.SimpleNamespace(x=1, y=[1, 2])
b = types.SimpleNamespace(y=[1, 2], x=1)
print(a == b, a.__dict__ == b.__dict__, repr(a), repr(b))
a.x += 1
print(a.x, a != b)
setattr(a, "z", "zed"); print(getattr(a, "z"), hasattr(a, "q"), sorted(vars(a)))
n = types.SimpleNamespace(**{"k-ey": 1, "ok": 2}); print(n)
inner = types.SimpleNamespace(v=types.SimpleNamespace(w=3)); print(inner, inner.v.w)
print(isinstance(a, types.SimpleNamespace), type(a).__name__)
