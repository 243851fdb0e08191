"""Molt's demo: an ASCII Mandelbrot set and an n-body energy check.

`make demo` compiles this file with `molt build`, runs the executable and the
same file under CPython 3.12, and prints both wall times (tools/demo.sh).
Plain functions, lists and floats only: no classes, no imports.
"""

CHARS = " .:-=+*#%@"


def mandel(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    i = 0
    while i < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return limit


def render(width, height, limit):
    rows = []
    total = 0
    for y in range(height):
        ci = -1.2 + 2.4 * y / (height - 1)
        line = ""
        for x in range(width):
            cr = -2.1 + 2.8 * x / (width - 1)
            n = mandel(cr, ci, limit)
            total += n
            if n >= limit:
                line += "@"
            else:
                line += CHARS[min(n // 2, len(CHARS) - 2)]
        rows.append(line.rstrip())
    return rows, total


def planets():
    pi = 3.14159265358979323
    solar_mass = 4 * pi * pi
    year = 365.24
    # name, x, y, z, vx, vy, vz, mass
    return [
        ["sun", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass],
        ["jupiter", 4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * year, 7.69901118419740425e-03 * year,
         -6.90460016972063023e-05 * year, 9.54791938424326609e-04 * solar_mass],
        ["saturn", 8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * year, 4.99852801234917238e-03 * year,
         2.30417297573763929e-05 * year, 2.85885980666130812e-04 * solar_mass],
        ["uranus", 1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * year, 2.37847173959480950e-03 * year,
         -2.96589568540237556e-05 * year, 4.36624404335156298e-05 * solar_mass],
        ["neptune", 1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * year, 1.62824170038242295e-03 * year,
         -9.51592254519715870e-05 * year, 5.15138902046611451e-05 * solar_mass],
    ]


def energy(bodies):
    e = 0.0
    for i in range(len(bodies)):
        b = bodies[i]
        e += 0.5 * b[7] * (b[4] * b[4] + b[5] * b[5] + b[6] * b[6])
        for j in range(i + 1, len(bodies)):
            c = bodies[j]
            dx = b[1] - c[1]
            dy = b[2] - c[2]
            dz = b[3] - c[3]
            e -= b[7] * c[7] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def simulate(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                c = bodies[j]
                dx = b[1] - c[1]
                dy = b[2] - c[2]
                dz = b[3] - c[3]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                b[4] -= dx * c[7] * mag
                b[5] -= dy * c[7] * mag
                b[6] -= dz * c[7] * mag
                c[4] += dx * b[7] * mag
                c[5] += dy * b[7] * mag
                c[6] += dz * b[7] * mag
        for b in bodies:
            b[1] += dt * b[4]
            b[2] += dt * b[5]
            b[3] += dt * b[6]


def main():
    rows, total = render(72, 28, 200)
    for row in rows:
        print(row)
    print("Mandelbrot: 72x28 cells,", total, "iterations")

    bodies = planets()
    px = py = pz = 0.0
    for b in bodies:
        px += b[4] * b[7]
        py += b[5] * b[7]
        pz += b[6] * b[7]
    sun = bodies[0]
    sun[4] = -px / sun[7]
    sun[5] = -py / sun[7]
    sun[6] = -pz / sun[7]
    before = energy(bodies)
    steps = 100000
    simulate(bodies, 0.01, steps)
    after = energy(bodies)
    print("n-body:", steps, "steps of the outer planets")
    print("  energy before", round(before, 9))
    print("  energy after ", round(after, 9))
    for b in bodies[1:]:
        dist = (b[1] * b[1] + b[2] * b[2] + b[3] * b[3]) ** 0.5
        print("  " + b[0].ljust(8), "is", round(dist, 3), "AU from the origin")


main()
