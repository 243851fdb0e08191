"""Helper module for the modules lane."""
print("loading _util as", __name__)
GREETING = "hello"
counter = 0
def greet(name):
    return GREETING + ", " + name
def bump():
    global counter
    counter += 1
    return counter
def _private():
    return "private"
