from collections import deque
# A round-robin scheduler.
tasks = deque([('a', 3), ('b', 1), ('c', 4), ('d', 2)])
order = []
while tasks:
    name, left = tasks.popleft()
    order.append(name)
    if left > 1:
        tasks.append((name, left - 1))
print(''.join(order))
# Josephus problem with rotate.
def josephus(n, k):
    d = deque(range(1, n + 1))
    out = []
    while d:
        d.rotate(-(k - 1))
        out.append(d.popleft())
    return out
print(josephus(7, 3), josephus(10, 2)[-1])
# Palindrome check.
def pal(s):
    d = deque(filter(str.isalnum, s.lower()))
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
print(pal('A man, a plan, a canal: Panama'), pal('deque'))
