# Week numbers (%U/%W with a weekday), ISO dates (%G/%V/%u), %f, %z and %Z.
import time
for text, fmt in [("2024 0 0", "%Y %U %w"), ("2024 1 1", "%Y %W %w"), ("2024 52 6", "%Y %U %w"), ("2023 0 Mon", "%Y %W %a"),
                  ("2021 00 Sunday", "%Y %U %A"), ("2024 10 3", "%G %V %u"), ("2020 53 7", "%G %V %u"), ("2021 1 Mon", "%G %V %a"),
                  ("12:00:00.5", "%H:%M:%S.%f"), ("1.123456", "%S.%f"), ("+0130", "%z"), ("-05:30", "%z"), ("Z", "%z"), ("+01:02:03", "%z"),
                  ("UTC", "%Z"), ("gmt", "%Z"), ("10 UTC", "%H %Z")]:
    try:
        st = time.strptime(text, fmt)
        print(repr(text), tuple(st), st.tm_zone, st.tm_gmtoff)
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
