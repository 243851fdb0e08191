x: int = 5
y: "str"
z: list[int] = []
print(__annotations__)
print(x, z)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
