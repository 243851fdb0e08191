"""Molt's demo program: an n-body simulation of the outer planets.

Today `make demo` parses it and prints a summary of its syntax tree; once the
code generator lands, the same command compiles and runs it natively.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


@dataclass
class Body:
    name: str
    x: float
    y: float
    z: float
    vx: float
    vy: float
    vz: float
    mass: float

    def kinetic(self) -> float:
        return 0.5 * self.mass * (self.vx**2 + self.vy**2 + self.vz**2)


def make_system() -> list[Body]:
    raw = {
        "sun": (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        "jupiter": (4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
                    1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                    9.54791938424326609e-04),
        "saturn": (8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
                   -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                   2.85885980666130812e-04),
        "uranus": (1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
                   2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                   4.36624404335156298e-05),
        "neptune": (1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
                    2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                    5.15138902046611451e-05),
    }
    bodies = []
    for name, (x, y, z, vx, vy, vz, m) in raw.items():
        scale = DAYS_PER_YEAR if name != "sun" else 0.0
        bodies.append(Body(name, x, y, z, vx * scale, vy * scale, vz * scale, m * SOLAR_MASS))
    px = sum(b.vx * b.mass for b in bodies)
    py = sum(b.vy * b.mass for b in bodies)
    pz = sum(b.vz * b.mass for b in bodies)
    sun = bodies[0]
    sun.vx, sun.vy, sun.vz = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS
    return bodies


def pairs(bodies: list[Body]):
    for i, a in enumerate(bodies):
        yield from ((a, b) for b in bodies[i + 1:])


def energy(bodies: list[Body]) -> float:
    e = sum(b.kinetic() for b in bodies)
    for a, b in pairs(bodies):
        dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
        e -= a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies: list[Body], dt: float, steps: int) -> None:
    links = list(pairs(bodies))
    for _ in range(steps):
        for a, b in links:
            dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm, am = b.mass * mag, a.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for body in bodies:
            body.x += dt * body.vx
            body.y += dt * body.vy
            body.z += dt * body.vz


def main(argv: list[str]) -> int:
    match argv:
        case [_, steps] if steps.isdigit():
            n = int(steps)
        case [_]:
            n = 1000
        case _:
            print(f"usage: {argv[0]} [STEPS]", file=sys.stderr)
            return 2
    bodies = make_system()
    print(f"energy before: {energy(bodies):.9f}")
    advance(bodies, 0.01, n)
    print(f"energy after {n:,} steps: {energy(bodies):.9f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
