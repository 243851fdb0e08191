base = "αβγδε" * 200 + "😀" + "xyz" * 100
print(len(base), base[999], base[1000], base[1001], base[-1], base[500:505])
total = 0
for i in range(0, len(base), 37):
    total += ord(base[i])
print(total)
print(base.find("😀"), base.rfind("α"), base.count("γ"), base.index("x"))
parts = base.split("😀")
print(len(parts), len(parts[0]), len(parts[1]))
print(base[::97], base[1300:1290:-3])
r = base[::-1]
print(r[:4], r.find("😀"))
acc = []
for ch in base[990:1010]:
    acc.append(ch)
print("".join(acc))
