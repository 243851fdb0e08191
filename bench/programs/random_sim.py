# random: a seeded Monte Carlo simulation (Mersenne Twister streams, randrange,
# choice, shuffle, gauss), bit-identical to CPython's output.
import random


def main():
    rng = random.Random(2024)
    inside = 0
    for _ in range(800000):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    walk = 0
    moves = (-1, 1)
    for _ in range(400000):
        walk += rng.choice(moves)
    dice = [0] * 13
    for _ in range(400000):
        dice[rng.randint(1, 6) + rng.randint(1, 6)] += 1
    deck = list(range(52))
    for _ in range(8000):
        rng.shuffle(deck)
    g = 0.0
    for _ in range(200000):
        g += rng.gauss(0.0, 1.0)
    print("pi ~", 4 * inside / 800000, "walk", walk, "dice", dice[2:], "deck", deck[:5], "gauss", round(g, 6))


main()
