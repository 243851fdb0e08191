parts = []
for i in range(10):
    parts.append(str(i) * (i % 3 + 1))
s = "".join(parts)
print(s, len(s))
acc = ""
for w in ["alpha", "beta", "gamma"]:
    acc += w[0].upper() + w[1:] + " "
print(acc.rstrip() + ".")
lines = "one\ntwo\n\nthree\r\nfour".splitlines()
print(lines, [l.strip() for l in " a , b ,c ".split(",")])
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.split("\n")]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
print("-".join(reversed("abc")), "x".join("123"), ", ".join(map(str, [1, 2, 3])))
