# Any function whose parameter is named `self` gets the hint, methods or not;
# the value's attributes decide (here str.upper).
def shout(self):
    return upper()


shout("text")
