import string
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{0} {name} {missing}", "abc", name="xyz"))
print(u.format("{0:x}", 255))
print(u.convert_field("q", "r"), u.convert_field(1, None))
