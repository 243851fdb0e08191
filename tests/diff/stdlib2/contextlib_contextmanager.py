from contextlib import contextmanager
@contextmanager
def tag(n):
    "tagdoc"
    print("<%s>" % n)
    try:
        yield n
    except KeyError as e:
        print("caught", e)
    finally:
        print("</%s>" % n)
with tag("a") as x: print("in", x)
with tag("b"): raise KeyError("k")
try:
    with tag("c"): raise ValueError("v")
except ValueError as e: print("VE", e)
print(tag.__name__, tag.__doc__)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1; yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def swallow():
    try: yield
    except Exception: pass
    yield
try:
    with swallow(): raise ValueError
except RuntimeError as e: print(e)
@tag("deco")
def f(): print("f body")
f(); f()
@contextmanager
def stopper():
    yield
try:
    with stopper(): raise StopIteration("s")
except StopIteration as e: print("SI", e)
