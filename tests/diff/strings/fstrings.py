name = "wörld"
n = 42
x = 3.14159
items = ["a", "b"]
print(f"hello {name}!", f"{n}", f"{n:5}|", f"{n:<5}|", f"{n:x}", f"{x:.2f}", f"{x:10.3f}|")
print(f"{name!r} {name!a} {name!s} {name:>10} {name:*^11}")
print(f"{items} {items[0]} {len(items)} {n * 2} {'nested' + '!'}")
print(f"{{literal}} {n}{n}", f"", f"{''}", f"{n=}", f"{name=!r}", f"{x=:.1f}")
w = 8
p = 3
print(f"{x:{w}.{p}f}|", f"{name:{'>'}{w}}|")
parts = []
for i in range(5):
    parts.append(f"[{i}:{i * i:03d}]")
print("".join(parts))
print(f"{'é'}{'😀'}{'中'}", len(f"{'é' * 3}"))
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{None} {True} {1.0} {-0.0} {10 ** 20} {2 ** 100}")
