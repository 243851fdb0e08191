def documented():
    """Return forty-two.

    More text."""
    return 42
def undocumented():
    return 1
print(documented.__doc__)
print(undocumented.__doc__)
print(documented(), documented.__name__)
