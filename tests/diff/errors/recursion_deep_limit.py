# With the recursion limit raised far beyond what the C stack can hold,
# a runaway recursion still ends in RecursionError (Molt checks the stack
# itself; it must never crash), and the program goes on afterwards.
import sys

sys.setrecursionlimit(200000)


def down(n):
    return down(n + 1) + 1


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "Node(" + repr(self.child) + ")"


x = None
for i in range(150000):
    x = Node(x)
try:
    repr(x)
except RecursionError as e:
    print("RecursionError in repr")

nested = []
for i in range(150000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError in list repr")


def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)


print(fine(500))
sys.setrecursionlimit(1000)
try:
    down(0)
except RecursionError as e:
    print("RecursionError again:", e)
