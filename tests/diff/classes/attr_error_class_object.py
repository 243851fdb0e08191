class Registry:
    items = []


print(Registry.items)
print(getattr(Registry, "nothing", "default"))
try:
    Registry.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Registry, "items"), hasattr(Registry(), "items"))
Registry.itmes
