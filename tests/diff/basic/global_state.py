counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(5):
    bump()
print(counter)
registry = []
def register(x):
    registry.append(x)
register(1); register("two")
print(registry)
CONST = 10
def use_const():
    return CONST * 2
print(use_const())
CONST = 20
print(use_const())
if __name__ == "__main__":
    print("main block", __name__)
