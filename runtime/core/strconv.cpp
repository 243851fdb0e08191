// str(), repr(), ascii() and format() dispatch.
#include "core_internal.h"
#include "molt/heaptype.h"
#include "molt/utf8.h"
#include "textfmt.h"

using namespace molt::rt;

extern "C" {

MoltValue molt_repr(MoltValue v) {
  MoltType *t = molt_type_of(v);
  MoltValue r = t->repr ? t->repr(v) : objectRepr(v);
  if (molt_is_error(r) || isStr(r)) return r;
  molt_raise_fmt(&molt_type_TypeError, "__repr__ returned non-string (type %s)", typeName(r));
  molt_decref(r);
  return MOLT_ERROR;
}

MoltValue molt_str(MoltValue v) {
  MoltType *t = molt_type_of(v);
  if (t == &molt_type_str) return molt_newref(v);
  if (!t->str) return molt_repr(v);
  MoltValue r = t->str(v);
  if (molt_is_error(r) || isStr(r)) return r;
  molt_raise_fmt(&molt_type_TypeError, "__str__ returned non-string (type %s)", typeName(r));
  molt_decref(r);
  return MOLT_ERROR;
}

MoltValue molt_ascii(MoltValue v) {
  MoltValue r = molt_repr(v);
  if (molt_is_error(r)) return r;
  std::string_view s = strView(r);
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return r;
  std::string out;
  out.reserve(s.size() + 16);
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = utf8::decodeNext(p, s.size(), pos);
    if (c < 0x80) {
      out.push_back((char)c);
    } else {
      char buf[16];
      if (c <= 0xFF)
        formatBuf(buf, sizeof buf, "\\x%02x", (unsigned)c);
      else if (c <= 0xFFFF)
        formatBuf(buf, sizeof buf, "\\u%04x", (unsigned)c);
      else
        formatBuf(buf, sizeof buf, "\\U%08x", (unsigned)c);
      out += buf;
    }
  }
  molt_decref(r);
  return strFromUtf8(out);
}

MoltValue molt_format(MoltValue v, MoltValue spec) {
  MoltType *t = molt_type_of(v);
  bool emptySpec = isStr(spec) && strView(spec).empty();
  if (emptySpec &&
      (t == &molt_type_str || t == &molt_type_int || t == &molt_type_float || t == &molt_type_bool))
    return molt_str(v);
  MoltValue fmt = typeLookup(t, cstr("__format__"));
  if (molt_is_error(fmt)) return fmt;
  MoltValue r;
  if (fmt == MOLT_UNBOUND) {
    if (!emptySpec)
      return molt_raise_fmt(&molt_type_TypeError,
                            "unsupported format string passed to %s.__format__", t->name);
    r = molt_str(v);
  } else {
    // Looked up on type(v), as CPython does: for a class v, v.__format__
    // would be its instances' unbound method rather than type.__format__.
    r = callSpecial(v, cstr("__format__"), &spec, 1);
  }
  if (molt_is_error(r) || isStr(r)) return r;
  molt_raise_fmt(&molt_type_TypeError, "__format__ must return a str, not %s", typeName(r));
  molt_decref(r);
  return MOLT_ERROR;
}

} // extern "C"
