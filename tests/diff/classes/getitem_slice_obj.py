class Seq:
    def __init__(self, data):
        self.data = data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step, key.indices(len(self)))
            return Seq(self.data[key])
        return self.data[key]

    def __repr__(self):
        return f"Seq({self.data})"


s = Seq(list(range(10)))
print(s[2:5])
print(s[::-3])
print(s[-3:])
print(s[5])
print(s[:])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
