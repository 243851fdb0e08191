def combine(first,
            second):
    return first + second
result = combine(
    "text",
    42,
)
