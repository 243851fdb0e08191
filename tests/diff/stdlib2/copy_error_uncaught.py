import copy
class Bad:
    def __deepcopy__(self, memo):
        raise copy.Error("cannot deep copy Bad")
print(copy.copy(Bad()).__class__.__name__)
copy.deepcopy([Bad()])
