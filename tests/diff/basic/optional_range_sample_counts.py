# random.sample with counts builds its index sequence internally.
import random

random.seed(12345)
print(random.sample(["a", "b", "c"], 4, counts=[2, 1, 3]))
print(random.sample([10, 20], 2, counts=[1, 1]))
