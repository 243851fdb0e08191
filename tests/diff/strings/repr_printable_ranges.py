# repr() of non-ASCII text decides printability from its own small table;
# it must agree with CPython on every kind of code point.
samples = []
for start, stop, step in [(0x80, 0x800, 3), (0x800, 0x10000, 97), (0x10000, 0x110000, 4099)]:
    samples.extend(chr(c) for c in range(start, stop, step))
edges = [0xA0, 0xAD, 0x378, 0x61C, 0x2028, 0x200B, 0xD7FF, 0xE000, 0xF8FF, 0xFEFF, 0xFFFD,
         0xFFFE, 0xFFFF, 0x10000, 0x1F600, 0xE0001, 0xE0100, 0xF0000, 0x10FFFF]
samples.extend(chr(c) for c in edges)
text = "".join(samples)
r = repr(text)
print(len(r))
for i in range(0, len(r), 120):
    print(r[i:i + 120])
print(ascii(text[:40]))
print([s for s in samples[:60]])
