# Methods of builtin types that the program names are installed (the others
# are left out of the module); every way of naming one works.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.casefold())
print(str.title("abc def"), list(map(str.strip, ["  a ", "b  "])))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.partition(", "))
print(s.center(20, "*"), s.zfill(15), s.expandtabs())
print("a-b-c".rsplit("-", 1), "x\ny".splitlines(), " q ".rstrip())


class S(str):
    def shout(self):
        return super().upper() + "!"


print(S("hey").shout(), S("abc").capitalize(), type(S("a").upper()).__name__)
print(bytes.fromhex("41 42"), b"abc".hex(), bytearray(b"xyz").upper())
print((255).bit_length(), (7).bit_count(), (10).to_bytes(2, "big"))
print((2.5).is_integer(), (0.5).as_integer_ratio(), (3 + 4j).conjugate())
st = {1, 2, 3}
st.discard(2)
print(st, st.union({9}), frozenset({1}).isdisjoint({2}), dict.fromkeys("ab", 0))
d = {"k": 1}
print(d.setdefault("z", 5), d.pop("k"), d.popitem(), d)
print((1, 2, 1).count(1), range(10).index(3), slice(1, 9, 2).indices(5))
e = ValueError("v")
e.add_note("note")
print(e.__notes__, e.with_traceback(None) is e, int.mro())
