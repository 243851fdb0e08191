out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    except Exception:
        out.append("never")
    else:
        out.append("else%d" % i)
    finally:
        out.append("f%d" % i)
print(out)
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("finally n =", n)
print("n", n)
