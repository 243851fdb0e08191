import textwrap
texts = ["The quick brown fox jumps over the lazy dog. It was a dark-and-stormy night; well-known editor--and friend--said so.",
 "Hello there.  How are you? I am fine! Yes.", "supercalifragilisticexpialidocious is a very-very-long-hyphenated-word-that-goes-on",
 "a-b-c d--e f---g -x --y a-bc-de ab-c", "tabs\there\tand\nnewlines\n\nhere   ok", "  leading and trailing  ", "", "x"*30, "e.g. Mr. Smith went. done."]
for t in texts:
    for w in (1, 5, 10, 12, 20, 40):
        print(w, textwrap.wrap(t, w))
