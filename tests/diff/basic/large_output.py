# About 1.3 MB on stdout: a wasm module's writes must wait for a slow reader
# (Node's WASI reports EAGAIN on a full pipe) instead of failing.
for i in range(24000):
    print("line", i, "abcdefghij" * 5)
print("done")
