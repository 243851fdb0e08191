import array
for tc, vals in [("b", [-1, 2]), ("B", [255, 0]), ("h", [-2, 300]), ("H", [65535]), ("i", [-5, 70000]), ("I", [4000000000]), ("l", [-(2**40)]), ("L", [2**63]), ("q", [-(2**63)]), ("Q", [2**64 - 1]), ("f", [1.1, -0.0, float("inf")]), ("d", [1.1, -2.5e-310, float("-inf")]), ("u", "hé")]:
    a = array.array(tc, vals)
    raw = a.tobytes()
    b = array.array(tc)
    b.frombytes(raw)
    print(tc, raw, b, a == b)
    if tc == "u":
        continue
    a.byteswap()
    print(" swapped", a)
print(array.array("I", b"\x01\x00\x00\x00\x02\x00\x00\x00"), array.array("f", [1.1])[0], array.array("f", [1e300, -1e39, 3.4028235e38, 1e-46, 1e-40]))
a = array.array("I", [1]); a.fromlist([3]); print(a)
try:
    a.fromlist([1, -1])
except OverflowError as e:
    print("OverflowError", e, a)
try:
    a.frombytes(b"abc")
except ValueError as e:
    print("ValueError", e)
print(array.array("u", "ab").tounicode(), array.array("d", b"\x00" * 8))
