import _util
try:
    _util.missing_thing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _util import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
