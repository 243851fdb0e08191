import textwrap
t = "Mr. Smith went to Washington. He said hi! Did he? Yes. \"Quoted.\" ok. 'Single.' end"
for w in (10, 20, 35, 80):
    print(textwrap.wrap(t, w, fix_sentence_endings=True))
print(textwrap.fill(t, 25, fix_sentence_endings=True))
print(textwrap.wrap("A. B. c. d! e? F.", 4, fix_sentence_endings=True))
