class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason


class NoSuper(Exception):
    def __init__(self, value):
        self.value = value


try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e.code, e.reason, e.args, str(e))
n = NoSuper(7)
print(n.value, n.args, repr(n), str(n))


class KwError(Exception):
    def __init__(self, msg, *, detail=""):
        super().__init__(msg)
        self.detail = detail


k = KwError("m", detail="d")
print(k.args, k.detail)
raise HTTPError(500, "Server Error")
