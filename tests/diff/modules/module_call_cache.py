# mod.f(...) call sites remember the module's global slot of f: every call
# must still see rebinding, deletion, module __getattr__, keyword arguments,
# several modules at one site and native modules.
import heapq
import math

import _calls
import _util


def loop(n):
    t = 0
    for i in range(n):
        t = _calls.step(t)
    return t


print(loop(5), _calls.calls)
orig = _calls.step
_calls.step = lambda v, k=1: v + 100 * k
print(loop(3))
_calls.step = orig
print(loop(2), _calls.calls)
print(_calls.step(1, k=5), _calls.step(v=2, k=3))
del _calls.step
try:
    loop(1)
except AttributeError as e:
    print("AttributeError:", e)
_calls.step = abs  # a builtin function in the slot
print(loop(3))
_calls.step = orig
print(loop(1))

# Module __getattr__ (PEP 562) for a name that is no global.
for x in range(2):
    print(_calls.dynamic(x))

# A class in a module, called through the module.
print(_calls.Maker(7).v)

# The called function rebinds its own global.
print(_calls.rebind_self(), _calls.rebind_self)
try:
    _calls.rebind_self()
except TypeError as e:
    print("TypeError:", e)


# One call site, two modules.
def greet_all(mods):
    return [m.greet("x") if hasattr(m, "greet") else m.step(1) for m in mods]


print(greet_all([_util, _calls, _util, _calls]))

# Native modules.
pq = []
for v in (5, 1, 4, 2, 3):
    heapq.heappush(pq, v)
print([heapq.heappop(pq) for _ in range(5)], math.floor(2.5), math.gcd(12, 18))
math.floor = lambda x: "patched"
print(math.floor(2.5))
