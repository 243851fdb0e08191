import textwrap
t = "naïve café résumé über straße ﬁne日本語テキスト の 折り返し δοκιμή-κειμένου"
for w in (6, 10, 15, 25):
    print(textwrap.wrap(t, w))
print(textwrap.shorten(t, 20))
print(textwrap.indent(t, "· "))
