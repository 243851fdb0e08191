# Float loops: escape-time iteration counts over a grid of the Mandelbrot set.


def mandel_row(y, size, limit):
    ci = 2.0 * y / size - 1.0
    count = 0
    for x in range(size):
        cr = 2.0 * x / size - 1.5
        zr = 0.0
        zi = 0.0
        i = 0
        while i < limit:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            i += 1
        count += i
    return count


def main():
    size = 200
    total = 0
    for y in range(size):
        total += mandel_row(y, size, 60)
    print("mandelbrot iterations:", total)


main()
