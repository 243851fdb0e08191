stack = []
for token in "3 4 + 2 * 7 -".split():
    if token in "+-*":
        b = stack.pop()
        a = stack.pop()
        if token == "+":
            stack.append(a + b)
        elif token == "-":
            stack.append(a - b)
        else:
            stack.append(a * b)
    else:
        stack.append(int(token))
print(stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "}{"]:
    print(repr(s), balanced(s))
queue = [1]
seen = {1}
order = []
while queue:
    n = queue.pop(0)
    order.append(n)
    for m in (n * 2, n * 3):
        if m < 50 and m not in seen:
            seen.add(m)
            queue.append(m)
print(order)
print(sorted(seen))
