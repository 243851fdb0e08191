class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


class BigLen:
    def __len__(self):
        return 2**100


for obj in (BadBool(), BadLen(), StrLen(), BigLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for obj in (BadLen(), StrLen(), BigLen()):
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
if BadBool():
    pass
