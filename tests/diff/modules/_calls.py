"""Helper module for module_call_cache.py: functions called as _calls.f(...)."""
calls = 0


def step(v, k=1):
    global calls
    calls += 1
    return v + k


def rebind_self():
    # Rebinds its own module global while it runs: the caller's reference
    # must keep this function alive until it returns.
    global rebind_self
    rebind_self = None
    return "ran"


class Maker:
    def __init__(self, v):
        self.v = v


def __getattr__(name):
    if name == "dynamic":
        return lambda x: ("dynamic", x)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
