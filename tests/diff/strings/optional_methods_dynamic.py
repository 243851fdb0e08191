# Attribute names computed at run time reach every method of builtin types.
names = ["up" + "per", "is" + "title", "swap" + "case"]
for n in names:
    print(n, getattr("Hello World", n)())
print(hasattr(b"", "hex"), hasattr(1, "bit_" + "count"), hasattr(1.0, "nope"))
m = "fromhex"
print(getattr(bytes, m)("ff00"))
print(sorted(n for n in dir(str) if n[0] != "_")[:6])
print(len([n for n in dir(set) if not n.startswith("_")]))
print(str.__dict__["cen" + "ter"]("x", 5, "-"))
