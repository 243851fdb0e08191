def chunked(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunked(range(10), 3)))
print(list(chunked("abcdefg", 2)))
print(list(chunked([], 3)))
def window(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) > n:
            win.pop(0)
        if len(win) == n:
            yield tuple(win)
print(list(window(range(6), 3)))
