from typing import NotRequired, Required, TypedDict


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    title: str
    rating: Required[float]


class Extended(Movie):
    director: NotRequired[str]


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, m["title"])
print(Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
Point2D = TypedDict("Point2D", {"x": int, "y": int})
print(Point2D(x=1, y=2), Point2D.__annotations__, sorted(Point2D.__required_keys__))
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)
