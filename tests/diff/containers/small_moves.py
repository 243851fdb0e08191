# Copies, overlapping moves and fills of every short length (the wasm
# runtime's own memcpy/memmove/memset switch from loops to bulk memory at
# 32 bytes): list inserts and deletes, bytearray slice moves, str and bytes
# concatenation, slicing, repetition and padding.
out = []


def digest(*parts):
    # A deterministic checksum of the parts' reprs (str hashes are salted).
    h = 0
    for ch in repr(parts):
        h = (h * 131 + ord(ch)) % 1000000007
    return h


for n in range(0, 42):
    base = list(range(n))
    for pos in (0, n // 3, n // 2, n):
        a = base[:]
        a.insert(pos, -1)
        b = base[:]
        if pos < n:
            del b[pos]
        c = base[:]
        c[pos:pos] = [7, 8, 9]
        out.append(digest(tuple(a), tuple(b), tuple(c)))
    ba = bytearray(range(n))
    for shift in (1, 3, 7, 8, 9, 17):
        x = bytearray(ba)
        x[shift:] = x[:-shift] if shift <= len(x) else x[:0]
        y = bytearray(ba)
        y[:-shift or None] = y[shift:]
        z = bytearray(ba)
        del z[shift : shift + 5]
        out.append(digest(bytes(x), bytes(y), bytes(z)))
    s = "".join(chr(97 + i % 26) for i in range(n))
    t = s + "é" * (n % 3) + s[::-1]
    out.append(digest(t, t[1:-1], t[n // 2 :], s * 3, s.center(n + 11, "*"), s.ljust(40, "-")))
    bs = bytes(range(n))
    out.append(digest(bs + bs[::-1], bs * 2, bs.rjust(n + 9, b"."), bytes(n), bytearray(n) + bs))
print(len(out), sum(out) % 1000000007)
x = bytearray(b"0123456789" * 5)
for k in range(1, 40):
    x[k:k + 20] = x[k - 1:k + 19]
print(x.decode())
