class LoggedList(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __len__(self):
        print("len")
        return super().__len__()


ll = LoggedList([1, 2])
ll.append(3)
ll[0] = 10
print(ll[0])
print(len(ll))
ll.extend([4])
ll.insert(0, 0)
print(ll)
for x in ll:
    pass
print(sum(ll), 10 in ll, ll == [0, 10, 2, 3, 4])
print(bool(LoggedList()))
