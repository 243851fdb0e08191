class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init runs every time")


a = Singleton()
b = Singleton()
print(a is b)


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]


print(Cached(1) is Cached(1), Cached(1) is Cached(2))
print(sorted(Cached._cache))
