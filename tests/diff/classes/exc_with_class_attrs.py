class AppError(Exception):
    code = 1
    default_msg = "application error"

    def __init__(self, msg=None):
        super().__init__(msg or self.default_msg)

    def describe(self):
        return f"[{self.code}] {self}"


class DbError(AppError):
    code = 2
    default_msg = "database error"


errs = [AppError(), DbError(), DbError("connection lost")]
for e in errs:
    print(e.describe(), type(e).code)
try:
    raise DbError()
except AppError as e:
    print("handled", e.describe())
raise DbError
