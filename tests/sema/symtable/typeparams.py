def ident[T](x: T) -> T:
    return x
class Box[T: int, *Ts, **P]:
    def get(self) -> T:
        pass
type Alias[K] = dict[K, int]
type Simple = int
