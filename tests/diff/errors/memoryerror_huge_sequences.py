# Sequences too large for memory raise MemoryError, never crash: the item
# count of a repeat must fit the platform's size_t in bytes (on wasm32 a
# count near 2**29 once wrapped to a tiny allocation and wrote past it).
def attempt(label, f):
    try:
        f()
        print(label, "built")
    except MemoryError:
        print(label, "MemoryError")


attempt("list", lambda: [None] * 2**40)
attempt("list2", lambda: [0, 1] * (2**39 + 1))
attempt("tuple", lambda: (None,) * 2**40)
attempt("tuple2", lambda: (1, 2) * 2**39)


def inplace():
    x = [1]
    x *= 2**40


attempt("inplace", inplace)
print(len([None] * 1000), len((0,) * 1000))
