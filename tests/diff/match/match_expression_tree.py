class Num:
    __match_args__ = ("v",)

    def __init__(self, v):
        self.v = v


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


def ev(e):
    match e:
        case Num(v):
            return v
        case BinOp("+", l, r):
            return ev(l) + ev(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return ev(l) * ev(r)
        case BinOp(op, _, _):
            raise ValueError("unknown op " + op)


print(ev(BinOp("+", Num(1), BinOp("*", Num(2), Num(3)))))
print(ev(BinOp("*", Num(0), BinOp("/", Num(1), Num(0)))))
ev(BinOp("-", Num(1), Num(2)))
