import copy
a = [1]
b = [a]
a.append(b)
c = copy.deepcopy(a)
print(c[1][0] is c, c[1] is not b, len(c))
d = {}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e is not d)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.v, m1.next.v, m1.next.next is m1, m1 is not n1)
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is not t)
