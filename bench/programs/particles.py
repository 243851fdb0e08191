# Objects: particles with small 2-D vector objects (attribute access, method
# calls, operator dunders, short-lived instances).


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def step(self, dt, gravity):
        self.vel = self.vel + gravity.scale(dt)
        self.pos = self.pos + self.vel.scale(dt)
        if self.pos.y < 0.0:
            self.pos = Vec(self.pos.x, -self.pos.y)
            self.vel = Vec(self.vel.x, -self.vel.y * 0.9)

    def energy(self, gravity):
        return 0.5 * self.mass * self.vel.dot(self.vel) - self.mass * gravity.y * self.pos.y


def main():
    gravity = Vec(0.0, -9.81)
    particles = []
    for i in range(400):
        particles.append(Particle(Vec(i * 0.5, 10.0 + (i % 17)), Vec((i % 7) - 3.0, 0.0), 1.0 + (i % 5)))
    for _ in range(800):
        for p in particles:
            p.step(0.01, gravity)
    total = 0.0
    for p in particles:
        total += p.energy(gravity)
    print("particles energy: %.6f" % total)


main()
