def f(v):
    match v:
        case [1, *rest]:
            return rest
        case {"k": val, **others}:
            return val, others
        case Point(x=px, y=0) as pt:
            return px, pt
        case str() | bytes():
            return None
        case _ if v:
            return v
