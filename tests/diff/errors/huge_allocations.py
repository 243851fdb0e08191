# Sizes far past any machine's memory (2**62 and more): each operation
# raises MemoryError (or CPython's OverflowError where it checks the size
# first) instead of crashing, and the program goes on.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (MemoryError, OverflowError) as e:
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
print("still running")
