# Asks for objects beyond wasm32's 4 GiB address space through many
# allocation paths (sizes computed past 32 bits, std::string growth, limb
# buffers): each must raise MemoryError, never trap or wrap around, and the
# program goes on. tests/wasm/memory-exhaustion.sh runs it.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", len(r) if hasattr(r, "__len__") else r.bit_length())
    except MemoryError:
        print(label, "MemoryError")


big = "x" * (2 ** 30)
alias = big


def str_iadd():
    s = big
    s += alias
    return s


attempt("str +=", str_iadd)
attempt("str +", lambda: big + big + big + big)
attempt("str *", lambda: "ab" * (2 ** 31))
attempt("str join", lambda: "".join([big, big, big, big]))
attempt("str replace", lambda: ("x" * 1024).replace("x", big))
attempt("str center", lambda: "ab".center(2 ** 32 + 5))
attempt("str ljust", lambda: "ab".ljust(2 ** 32 + 5))
attempt("str format", lambda: "{:>4294967300}".format("ab"))
attempt("str expandtabs", lambda: ("\t" * 64).expandtabs(2 ** 27))
attempt("str %", lambda: "%4294967300s" % "ab")
attempt("list *", lambda: [0] * (2 ** 29))
attempt("list extend", lambda: list(range(2 ** 29)))
attempt("bytes *", lambda: b"ab" * (2 ** 31))
attempt("bytearray", lambda: bytearray(2 ** 32 - 1))
attempt("int <<", lambda: 1 << (2 ** 35))
attempt("int *", lambda: (1 << (2 ** 33)) * (1 << (2 ** 33)))
attempt("tuple *", lambda: (1, 2) * (2 ** 29))
attempt("dict", lambda: dict.fromkeys(range(2 ** 28)))
del big, alias
print("still running", len("x" * 1000))
