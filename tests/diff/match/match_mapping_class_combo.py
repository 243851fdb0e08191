class Msg:
    __match_args__ = ("kind", "body")

    def __init__(self, kind, body):
        self.kind = kind
        self.body = body


def route(m):
    match m:
        case Msg("json", {"user": {"id": int(uid)}, **extra}):
            return ("user", uid, sorted(extra))
        case Msg("json", {"items": [*items]}) if len(items) > 2:
            return ("many items", len(items))
        case Msg("json", {"items": [first, *_]}):
            return ("first item", first)
        case Msg("text", str(t)):
            return ("text", t.upper())
        case Msg(kind, _):
            return ("unhandled", kind)


print(route(Msg("json", {"user": {"id": 5}, "ts": 1, "a": 2})))
print(route(Msg("json", {"user": {"id": "5"}})))
print(route(Msg("json", {"items": [1, 2, 3]})))
print(route(Msg("json", {"items": ["x"]})))
print(route(Msg("text", "hi")))
print(route(Msg("bin", b"")))
