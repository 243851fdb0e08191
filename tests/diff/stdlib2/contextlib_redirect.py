import sys
from contextlib import redirect_stdout, redirect_stderr
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
w = W()
with redirect_stdout(w) as r:
    print("hidden", 1)
    print("again", end="")
print(r is w, w.parts)
e = W()
with redirect_stderr(e):
    print("to stderr", file=sys.stderr)
print(e.parts)
w2 = W()
with redirect_stdout(w2):
    with redirect_stdout(w):
        print("inner")
    print("outer")
print(w2.parts, w.parts[-2:])
