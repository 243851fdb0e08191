class Oops(Exception):
    def __init__(self, n):
        super().__init__(n)
        self.n = n

    def __str__(self):
        return f"oops number {self.n}"


print("start")
raise Oops(3)
