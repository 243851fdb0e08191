class NoItems:
    pass


class OnlyGet:
    def __getitem__(self, k):
        return k


o = NoItems()
try:
    o[0]
except TypeError as e:
    print("TypeError:", e)
try:
    o[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del o[0]
except TypeError as e:
    print("TypeError:", e)
g = OnlyGet()
print(g[5])
try:
    g[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del g[0]
except TypeError as e:
    print("TypeError:", e)
NoItems[0]
