# Sizes far past any machine's memory (2**47 bytes and more): each
# operation raises MemoryError (or CPython's OverflowError or ValueError
# where it checks the size first) instead of crashing, and the program goes on.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


N = 2 ** 62
attempt("str *", lambda: "ab" * N)
attempt("str center", lambda: "ab".center(N))
attempt("str ljust", lambda: "ab".ljust(N, "\u00e9"))
attempt("str rjust", lambda: "ab".rjust(N))
attempt("str zfill", lambda: "12".zfill(N))
attempt("str expandtabs", lambda: "a\tb\tc".expandtabs(N))
attempt("str format", lambda: "{:>4611686018427387904}".format("ab"))
attempt("bytes *", lambda: b"ab" * N)
attempt("bytes * 2**61", lambda: b"ab" * (N // 2))
attempt("bytearray *", lambda: bytearray(b"ab") * N)
attempt("bytes expandtabs", lambda: b"\t".expandtabs(2 ** 40))
attempt("str * 2**61", lambda: "ab" * (N // 2))
attempt("bytes(n)", lambda: bytes(N))
attempt("bytearray(n)", lambda: bytearray(N))
attempt("list *", lambda: [0] * N)
attempt("tuple *", lambda: (1, 2) * N)
attempt("int <<", lambda: 1 << N)
attempt("int << 2**40", lambda: 7 << (2 ** 46))
attempt("float .Nf", lambda: format(1.5, ".3000000000f"))
attempt("float %.Nf", lambda: "%.3000000000f" % 1.5)
attempt("float width", lambda: format(1.5, "9223372036854775807"))
attempt("int width", lambda: format(12, "4611686018427387904d"))
attempt("str width", lambda: format("ab", ">4611686018427387904"))
attempt("f-string width", lambda: f"{7:>{2**40}}")
attempt("int %Nd", lambda: "%4611686018427387904d" % 12)
attempt("str %Ns", lambda: "%4611686018427387904s" % "ab")
attempt("complex width", lambda: format(1j, "4611686018427387904"))
attempt("bytes expandtabs 2**31-1", lambda: (b"\t" * 2 ** 20).expandtabs(2 ** 31 - 1))
attempt("str expandtabs 2**31-1", lambda: ("\t" * 2 ** 20).expandtabs(2 ** 31 - 1))
print("still running")
