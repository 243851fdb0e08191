import sys
from contextlib import redirect_stdout
class Buf:
    def __init__(self):
        self.data = ""
    def write(self, s):
        self.data += s
    def flush(self):
        pass
b = Buf()
old = sys.stdout
try:
    with redirect_stdout(b):
        print("captured")
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
print(sys.stdout is old, repr(b.data))
r = redirect_stdout(b)
with r:
    print("one")
with r:
    print("two")
print(repr(b.data))
