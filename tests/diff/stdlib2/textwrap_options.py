import textwrap
texts = ["The quick brown fox jumps over the lazy dog. It was a dark-and-stormy night; well-known editor--and friend--said so.",
 "Hello there.  How are you? I am fine! Yes.", "supercalifragilisticexpialidocious is a very-very-long-hyphenated-word-that-goes-on",
 "a-b-c d--e f---g -x --y a-bc-de ab-c", "tabs\there\tand\nnewlines\n\nhere   ok", "  leading and trailing  ", "", "x"*30, "e.g. Mr. Smith went. done."]
for t in texts:
    for w in (3, 7, 15, 30):
        print(textwrap.wrap(t, w, break_on_hyphens=False))
        print(textwrap.wrap(t, w, break_long_words=False, drop_whitespace=False))
        print(textwrap.wrap(t, w, break_long_words=False))
        print(textwrap.wrap(t, w + 3, fix_sentence_endings=True, initial_indent="* ", subsequent_indent="  "))
