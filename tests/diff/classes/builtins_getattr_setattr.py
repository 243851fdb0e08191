class Config:
    debug = False

    def __init__(self):
        self.level = 1


c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", "fallback"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr)
for name in ("level", "debug", "new_attr", "missing"):
    print(name, hasattr(c, name))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
setattr(Config, "debug", True)
print(c.debug)
print(getattr(c, "__class__").__name__)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(c, 1, 2)
except TypeError as e:
    print("TypeError:", e)
getattr(c, "missing")
