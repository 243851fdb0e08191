import textwrap
doc = """
    Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod
    tempor incididunt ut labore et dolore magna aliqua.

    Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi
    ut aliquip ex ea commodo consequat.
"""
body = textwrap.dedent(doc).strip()
for para in body.split("\n\n"):
    print(textwrap.fill(para, width=30, initial_indent="    ", subsequent_indent="  "))
    print("--")
print(textwrap.indent(textwrap.fill(body.replace("\n", " "), 50), "| "))
print(textwrap.shorten(body, 60, placeholder=" ..."))
