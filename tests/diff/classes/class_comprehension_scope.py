class A:
    base = 10
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    total = sum(items)
    pairs = {k: k for k in items}


print(A.doubled, A.total, A.pairs)


class B:
    factor = 3
    try:
        scaled = [x * factor for x in range(3)]
    except NameError as e:
        scaled = str(e)


print(B.scaled)
