# time.strptime errors: mismatches, leftovers, bad directives, types, dates.
import time
for args in [("2024-13-01", "%Y-%m-%d"), ("2024-1-150", "%Y-%m-%d"), ("abc", "%Y"), ("2024", "%Q"), ("2024", "%Y%"), ("02-30", "%m-%d"),
             ("2023-02-29", "%Y-%m-%d"), ("0000", "%Y"), ("24:00", "%H:%M"), ("12:60", "%H:%M"), ("13 PM", "%I %p"), ("", "%Y"),
             ("2024", ""), ("", ""), ("x", "x"), ("2024-01-01 extra", "%Y-%m-%d"), ("Foo 1", "%a %d"), (1, "%Y"), ("2024", 5), ("1", "%G"),
             ("1", "%V"), ("2024 1", "%G %j"), ("2024 1 1 1", "%G %V %u %j"), ("2024 1", "%Y %V"), ("2024 1 1", "%Y %V %u"), ("1 1", "%V %u")]:
    try:
        print(tuple(time.strptime(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for a in [(), ("a", "b", "c")]:
    try:
        time.strptime(*a)
    except TypeError as e:
        print(type(e).__name__, e)
