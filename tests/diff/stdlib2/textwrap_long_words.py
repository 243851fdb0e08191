import textwrap
word = "abcdefghijklmnopqrstuvwxyz" * 2
for w in (5, 7, 13):
    print(textwrap.wrap(word, w))
    print(textwrap.wrap("xx " + word + " yy", w))
    print(textwrap.wrap("xx " + word + " yy", w, break_long_words=False))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd-eeee", 7))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd-eeee", 7, break_on_hyphens=False))
print(textwrap.wrap("----------", 4))
print(textwrap.wrap("x---------", 4))
print(textwrap.wrap("http://example.com/a-very-long-path/with-dashes", 12))
