def sign(x):
    return "+" if x > 0 else "-" if x < 0 else "0"
print([sign(v) for v in (-2, 0, 3)])
def nothing():
    pass
print(nothing())
for i in range(2):
    pass
print(i)
if True:
    pass
print("done")
