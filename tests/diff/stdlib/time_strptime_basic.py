# time.strptime: common formats, defaults, derived weekday and day of year.
import time
for text, fmt in [("2024-03-05", "%Y-%m-%d"), ("05/03/24", "%d/%m/%y"), ("14:03:09", "%H:%M:%S"), ("2000-12-31 23:59:59", "%Y-%m-%d %H:%M:%S"),
                  ("1 Jan 1999", "%d %b %Y"), ("February 28, 1970", "%B %d, %Y"), ("Tue Mar  5 14:03:09 2024", "%a %b %d %H:%M:%S %Y"),
                  ("Wednesday 7 june 2023", "%A %d %B %Y"), ("07:30 PM", "%I:%M %p"), ("12:01 am", "%I:%M %p"), ("12 pm", "%I %p"),
                  ("069", "%y"), ("68", "%y"), ("2024 366", "%Y %j"), ("1999 060", "%Y %j"), ("12/31/99", "%x"), ("23:00:01", "%X"),
                  ("Sat Jan  1 00:00:00 2000", "%c"), ("100%", "%H%%"), ("  2024   7", "%Y %m"), ("T2024", "t%Y")]:
    try:
        st = time.strptime(text, fmt)
        print(repr(text), tuple(st))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
st = time.strptime("Tue Mar  5 14:03:09 2024")
print(st, st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
