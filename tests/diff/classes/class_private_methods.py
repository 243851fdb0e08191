class Engine:
    def __init__(self):
        self.__rpm = 0

    def __spin(self, n):
        self.__rpm += n
        return self.__rpm

    def run(self):
        return [self.__spin(1000), self.__spin(500)]


class Turbo(Engine):
    def __spin(self, n):
        return "turbo spin never called by Engine.run"

    def boost(self):
        return self.__spin(0)


t = Turbo()
print(t.run(), t.boost())
print(sorted([k for k in vars(Engine) if "spin" in k]), sorted([k for k in vars(Turbo) if "spin" in k]))
print(t._Engine__rpm)
print(getattr(t, "_Turbo__spin")(1))
t.__spin(1)
