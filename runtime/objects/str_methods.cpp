// The methods of str (everything but formatting, see str_format.cpp), the
// str(...) constructor and the utf-8/ascii/latin-1 codecs.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "../core/textfmt.h"
#include "molt/strobject.h"
#include "molt/unicode_db.h"
#include "molt/utf8.h"
#include "str_internal.h"

namespace molt::rt {

namespace strimpl {
MoltValue strFormatMethod(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw);
MoltValue strFormatMapMethod(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw);
MoltValue strDunderFormat(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw);
} // namespace strimpl

using namespace strimpl;

namespace {

#define METHOD(fname) MoltValue fname(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw)
#define PARSE(spec, out)                                                                           \
  if (parseArgs(spec, argv + 1, nargv - 1, kw, out) < 0) return MOLT_ERROR;                        \
  MoltValue self = argv[0];                                                                        \
  (void)self

// A list from new references (consumed).
MoltValue listOfNew(std::vector<MoltValue> &items) {
  MoltValue l = molt_list_new(items.data(), items.size());
  for (MoltValue v : items)
    molt_decref(v);
  items.clear();
  return l;
}

MoltValue listOfViews(const std::vector<std::string_view> &parts) {
  std::vector<MoltValue> items;
  items.reserve(parts.size());
  for (auto p : parts) {
    MoltValue v = newStr(p);
    if (molt_is_error(v)) {
      for (MoltValue x : items)
        molt_decref(x);
      return MOLT_ERROR;
    }
    items.push_back(v);
  }
  return listOfNew(items);
}

MoltValue tuple3(std::string_view p[3], MoltValue self) {
  MoltValue items[3];
  for (int i = 0; i < 3; i++) {
    if (p[i].data() == as<MoltStr>(self)->data && p[i].size() == size_t(as<MoltStr>(self)->size) &&
        isExact(self, &molt_type_str))
      items[i] = molt_newref(self);
    else
      items[i] = newStr(p[i]);
  }
  MoltValue t = molt_tuple_new(items, 3);
  for (auto v : items)
    molt_decref(v);
  return t;
}

// A str result that may be the receiver itself when unchanged.
MoltValue strResult(MoltValue self, std::string_view r) {
  if (r.size() == size_t(as<MoltStr>(self)->size) && isExact(self, &molt_type_str) &&
      (r.data() == as<MoltStr>(self)->data || r == strView(self)))
    return molt_newref(self);
  return newStr(r);
}

// Requires a str argument: "must be str, not int" (prefix customizable).
bool needStr(MoltValue v, const char *prefix = "") {
  if (isStr(v)) return true;
  raise(&molt_type_TypeError, std::string(prefix) + "must be str, not " + tn(v));
  return false;
}

// ------------------------------------------------------------- search

enum SearchKind { kFind, kRFind, kIndex, kRIndex, kCount };

MoltValue search(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name,
                 SearchKind kind) {
  ArgSpec spec{name, "str", ArgStyle::OldStyle, 1, 3};
  MoltValue a[3];
  PARSE(spec, a);
  if (!needStr(a[0])) return MOLT_ERROR;
  std::optional<int64_t> st, en;
  if (optIndexArg(a[1], st) < 0 || optIndexArg(a[2], en) < 0) return MOLT_ERROR;
  strops::StrRef r = strRef(self);
  std::string_view sub = strView(a[0]);
  int64_t res;
  switch (kind) {
  case kCount:
    return molt_int_from_i64(strops::count(r, sub, st, en));
  case kFind:
  case kIndex:
    res = strops::find(r, sub, st, en);
    break;
  default:
    res = strops::rfind(r, sub, st, en);
    break;
  }
  if (res < 0 && (kind == kIndex || kind == kRIndex))
    return raise(&molt_type_ValueError, "substring not found");
  return molt_int_from_i64(res);
}

METHOD(s_find) { return search(argv, nargv, kw, "find", kFind); }
METHOD(s_rfind) { return search(argv, nargv, kw, "rfind", kRFind); }
METHOD(s_index) { return search(argv, nargv, kw, "index", kIndex); }
METHOD(s_rindex) { return search(argv, nargv, kw, "rindex", kRIndex); }
METHOD(s_count) { return search(argv, nargv, kw, "count", kCount); }

MoltValue startsEnds(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name,
                     bool ends) {
  ArgSpec spec{name, "str", ArgStyle::OldStyle, 1, 3};
  MoltValue a[3];
  PARSE(spec, a);
  std::optional<int64_t> st, en;
  strops::StrRef r = strRef(self);
  if (isTuple(a[0])) {
    int64_t n = tupleSize(a[0]);
    for (int64_t i = 0; i < n; i++)
      if (!isStr(tupleItem(a[0], i)))
        return raise(&molt_type_TypeError, std::string("tuple for ") + name +
                                               " must only contain str, not " +
                                               tn(tupleItem(a[0], i)));
    if (optIndexArg(a[1], st) < 0 || optIndexArg(a[2], en) < 0) return MOLT_ERROR;
    for (int64_t i = 0; i < n; i++) {
      std::string_view p = strView(tupleItem(a[0], i));
      if (ends ? strops::endsWith(r, p, st, en) : strops::startsWith(r, p, st, en))
        return MOLT_TRUE;
    }
    return MOLT_FALSE;
  }
  if (!isStr(a[0]))
    return raise(&molt_type_TypeError,
                 std::string(name) + " first arg must be str or a tuple of str, not " + tn(a[0]));
  if (optIndexArg(a[1], st) < 0 || optIndexArg(a[2], en) < 0) return MOLT_ERROR;
  std::string_view p = strView(a[0]);
  return molt_bool(ends ? strops::endsWith(r, p, st, en) : strops::startsWith(r, p, st, en));
}
METHOD(s_startswith) { return startsEnds(argv, nargv, kw, "startswith", false); }
METHOD(s_endswith) { return startsEnds(argv, nargv, kw, "endswith", true); }

// ------------------------------------------------------------- split & co

const char *const kSplitNames[] = {"sep", "maxsplit"};

// ASCII whitespace as str.isspace() sees it (\x1c-\x1f included).
inline bool asciiSpace(unsigned char c) {
  return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
}

// s.split() of an ASCII str, appending straight to the result list: no
// temporary arrays of views and values (at a million words those are tens
// of megabytes of fresh pages).
MoltValue splitAsciiWhitespace(MoltValue self) {
  std::string_view s = strView(self);
  MoltValue list = listNew(0);
  if (molt_is_error(list)) return list;
  size_t i = 0, n = s.size();
  for (;;) {
    while (i < n && asciiSpace(static_cast<unsigned char>(s[i])))
      i++;
    if (i == n) break;
    size_t j = i;
    while (j < n && !asciiSpace(static_cast<unsigned char>(s[j])))
      j++;
    MoltValue w = (i == 0 && j == n && isExact(self, &molt_type_str))
                      ? molt_newref(self)
                      : strFromAsciiPiece(s.substr(i, j - i));
    if (molt_is_error(w) || listAppendSteal(list, w) < 0) {
      molt_decref(list);
      return MOLT_ERROR;
    }
    i = j;
  }
  return list;
}

// s.split(sep[, maxsplit]) of an ASCII str, appending straight to the result
// list: every part is ASCII, so no part is scanned again for its length.
MoltValue splitAsciiSep(MoltValue self, std::string_view sep, int64_t maxsplit) {
  std::string_view s = strView(self);
  MoltValue list = listNew(0);
  if (molt_is_error(list)) return list;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  size_t pos = 0;
  for (; maxsplit > 0; maxsplit--) {
    size_t r = strops::byteFind(s.substr(pos), sep);
    if (r == strops::npos) break;
    MoltValue w = strFromAsciiPiece(s.substr(pos, r));
    if (molt_is_error(w) || listAppendSteal(list, w) < 0) {
      molt_decref(list);
      return MOLT_ERROR;
    }
    pos += r + sep.size();
  }
  MoltValue w = pos == 0 && isExact(self, &molt_type_str) ? molt_newref(self)
                                                          : strFromAsciiPiece(s.substr(pos));
  if (molt_is_error(w) || listAppendSteal(list, w) < 0) {
    molt_decref(list);
    return MOLT_ERROR;
  }
  return list;
}

MoltValue splitImpl(const MoltValue *argv, size_t nargv, MoltValue kw, bool right) {
  ArgSpec spec{right ? "rsplit" : "split", "str", ArgStyle::Keywords, 0, 2, kSplitNames};
  MoltValue a[2];
  PARSE(spec, a);
  std::optional<std::string_view> sep;
  if (a[0] != MOLT_UNBOUND && a[0] != MOLT_NONE) {
    if (!isStr(a[0])) return raise(&molt_type_TypeError, "must be str or None, not " + tn(a[0]));
    sep = strView(a[0]);
  }
  int64_t maxsplit = -1;
  if (a[1] != MOLT_UNBOUND && intArg(a[1], maxsplit) < 0) return MOLT_ERROR;
  if (as<MoltStr>(self)->ascii && !right) {
    if (!sep && maxsplit < 0) return splitAsciiWhitespace(self);
    if (sep && !sep->empty()) return splitAsciiSep(self, *sep, maxsplit);
  }
  std::vector<std::string_view> parts;
  std::string_view s = strView(self);
  bool ok =
      right ? strops::rsplit(s, sep, maxsplit, parts) : strops::split(s, sep, maxsplit, parts);
  if (!ok) return raise(&molt_type_ValueError, "empty separator");
  return listOfViews(parts);
}
METHOD(s_split) { return splitImpl(argv, nargv, kw, false); }
METHOD(s_rsplit) { return splitImpl(argv, nargv, kw, true); }

const char *const kSplitlinesNames[] = {"keepends"};
METHOD(s_splitlines) {
  ArgSpec spec{"splitlines", "str", ArgStyle::Keywords, 0, 1, kSplitlinesNames};
  MoltValue a[1];
  PARSE(spec, a);
  bool keep = false;
  if (a[0] != MOLT_UNBOUND) {
    int t = molt_truthy(a[0]);
    if (t < 0) return MOLT_ERROR;
    keep = t != 0;
  }
  std::vector<std::string_view> parts;
  strops::splitlines(strView(self), keep, parts);
  return listOfViews(parts);
}

MoltValue partitionImpl(const MoltValue *argv, size_t nargv, MoltValue kw, bool right) {
  ArgSpec spec{right ? "rpartition" : "partition", "str", ArgStyle::OneArg, 1, 1};
  MoltValue a[1];
  PARSE(spec, a);
  if (!needStr(a[0])) return MOLT_ERROR;
  std::string_view out[3];
  bool ok = right ? strops::rpartition(strView(self), strView(a[0]), out)
                  : strops::partition(strView(self), strView(a[0]), out);
  if (!ok) return raise(&molt_type_ValueError, "empty separator");
  return tuple3(out, self);
}
METHOD(s_partition) { return partitionImpl(argv, nargv, kw, false); }
METHOD(s_rpartition) { return partitionImpl(argv, nargv, kw, true); }

MoltValue stripImpl(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name,
                    int which) {
  ArgSpec spec{name, "str", ArgStyle::Positional, 0, 1};
  MoltValue a[1];
  PARSE(spec, a);
  std::optional<std::string_view> chars;
  if (a[0] != MOLT_UNBOUND && a[0] != MOLT_NONE) {
    if (!isStr(a[0]))
      return raise(&molt_type_TypeError, std::string(name) + " arg must be None or str");
    chars = strView(a[0]);
  }
  std::string_view s = strView(self);
  std::string_view r = which == 0   ? strops::strip(s, chars)
                       : which == 1 ? strops::lstrip(s, chars)
                                    : strops::rstrip(s, chars);
  return strResult(self, r);
}
METHOD(s_strip) { return stripImpl(argv, nargv, kw, "strip", 0); }
METHOD(s_lstrip) { return stripImpl(argv, nargv, kw, "lstrip", 1); }
METHOD(s_rstrip) { return stripImpl(argv, nargv, kw, "rstrip", 2); }

// s.replace(old, repl, count) for a non-empty old: the matches are found
// first, so the result is allocated once at its size and written in place,
// and its length and ASCII flag follow from the operands' (no rescan).
MoltValue replaceDirect(MoltValue self, std::string_view s, std::string_view old, int64_t oldLength,
                        MoltValue replObj, int64_t count) {
  if (count < 0) count = INT64_MAX;
  MoltStr *in = as<MoltStr>(self), *rs = as<MoltStr>(replObj);
  std::string_view repl = strView(replObj);
  if (repl.size() == old.size() && s.size() >= 8) {
    // Same size (as ';' -> ','): a copy with the matches overwritten. Eight
    // bytes hold at least two code points, so the result is not a cached str.
    size_t pos = 0;
    int64_t n = 0;
    MoltStr *o = nullptr;
    for (; n < count; n++) {
      size_t r = strops::byteFind(s.substr(pos), old);
      if (r == strops::npos) break;
      if (!o) {
        o = strAllocUninit(int64_t(s.size()));
        if (!o) return MOLT_ERROR;
        std::memcpy(o->data, s.data(), s.size());
      }
      std::memcpy(o->data + pos + r, repl.data(), repl.size());
      pos += r + old.size();
    }
    if (!o) return strResult(self, s);
    o->length = in->length + n * (rs->length - oldLength);
    o->ascii = rs->ascii && (in->ascii || strops::isAscii(std::string_view(o->data, s.size())));
    return molt_from_ptr(&o->ob);
  }
  std::vector<size_t> at;
  for (size_t pos = 0; int64_t(at.size()) < count;) {
    size_t r = strops::byteFind(s.substr(pos), old);
    if (r == strops::npos) break;
    at.push_back(pos + r);
    pos += r + old.size();
  }
  if (at.empty()) return strResult(self, s);
  int64_t n = int64_t(at.size());
  int64_t length = in->length + n * (rs->length - oldLength);
  // 64 bits: on wasm32 a size_t product could wrap around (strAllocUninit
  // raises MemoryError for a size no object can have).
  uint64_t size = s.size() + uint64_t(at.size()) * repl.size() - uint64_t(at.size()) * old.size();
  if (length <= 1) {
    std::string out;
    strops::replace(s, old, repl, n, out);
    return strFromUtf8Known(out, length, strops::isAscii(out));
  }
  MoltStr *o = strAllocUninit(int64_t(size));
  if (!o) return MOLT_ERROR;
  char *p = o->data;
  size_t pos = 0;
  for (size_t m : at) {
    std::memcpy(p, s.data() + pos, m - pos);
    p += m - pos;
    if (!repl.empty()) std::memcpy(p, repl.data(), repl.size());
    p += repl.size();
    pos = m + old.size();
  }
  std::memcpy(p, s.data() + pos, s.size() - pos);
  o->length = length;
  // Non-ASCII text can only leave with the matches (old is then non-ASCII).
  o->ascii = rs->ascii && (in->ascii || strops::isAscii(std::string_view(o->data, size)));
  return molt_from_ptr(&o->ob);
}

METHOD(s_replace) {
  ArgSpec spec{"replace", "str", ArgStyle::Positional, 2, 3};
  MoltValue a[3];
  PARSE(spec, a);
  if (!isStr(a[0]))
    return raise(&molt_type_TypeError, "replace() argument 1 must be str, not " + argTN(a[0]));
  if (!isStr(a[1]))
    return raise(&molt_type_TypeError, "replace() argument 2 must be str, not " + argTN(a[1]));
  int64_t count = -1;
  if (a[2] != MOLT_UNBOUND && intArg(a[2], count) < 0) return MOLT_ERROR;
  std::string_view s = strView(self), old = strView(a[0]), repl = strView(a[1]);
  if (!old.empty()) return replaceDirect(self, s, old, as<MoltStr>(a[0])->length, a[1], count);
  std::string out;
  strops::replace(s, old, repl, count, out);
  return strResult(self, out);
}

METHOD(s_join) {
  ArgSpec spec{"join", "str", ArgStyle::OneArg, 1, 1};
  MoltValue a[1];
  PARSE(spec, a);
  // A list or tuple is read in place (no Python code runs while joining, so
  // it cannot change); other iterables are collected first.
  std::vector<MoltValue> collected;
  const MoltValue *items;
  size_t count;
  bool owned = false;
  if (isList(a[0])) {
    items = as<MoltList>(a[0])->items;
    count = size_t(as<MoltList>(a[0])->size);
  } else if (isTuple(a[0])) {
    items = tupleItems(a[0]);
    count = size_t(tupleSize(a[0]));
  } else {
    MoltType *t = molt_type_of(a[0]);
    if (!t->iter && !(t->container && t->container->getitem))
      return raise(&molt_type_TypeError, "can only join an iterable");
    owned = true;
    if (forEach(a[0], [&](MoltValue v) {
          collected.push_back(molt_newref(v));
          return 0;
        }) < 0) {
      for (auto v : collected)
        molt_decref(v);
      return MOLT_ERROR;
    }
    items = collected.data();
    count = collected.size();
  }
  MoltValue res = MOLT_ERROR;
  std::string_view sep = strView(self);
  uint64_t total = 0; // 64 bits: on wasm32 a size_t sum could wrap around
  int64_t length = 0;
  bool ascii = as<MoltStr>(self)->ascii;
  size_t i = 0;
  for (; i < count; i++) {
    if (!isStr(items[i])) break;
    total += size_t(as<MoltStr>(items[i])->size);
    length += as<MoltStr>(items[i])->length;
    ascii = ascii && as<MoltStr>(items[i])->ascii;
  }
  if (i < count) {
    char buf[64];
    formatBuf(buf, sizeof buf, "sequence item %zu: expected str instance, ", i);
    raise(&molt_type_TypeError, buf + tn(items[i]) + " found");
  } else if (count == 1 && isExact(items[0], &molt_type_str)) {
    res = molt_newref(items[0]);
  } else {
    if (count) {
      total += uint64_t(sep.size()) * (count - 1);
      length += as<MoltStr>(self)->length * int64_t(count - 1);
    }
    if (length <= 1) {
      // Empty and one-character results are the shared cached strs.
      std::string out;
      for (size_t k = 0; k < count; k++) {
        if (k) out.append(sep);
        out.append(strView(items[k]));
      }
      res = strFromUtf8Known(out, length, ascii);
    } else if (MoltStr *o = strAllocUninit(int64_t(total))) {
      // Written straight into the result: no intermediate copy of the text.
      char *p = o->data;
      for (size_t k = 0; k < count; k++) {
        if (k && !sep.empty()) {
          std::memcpy(p, sep.data(), sep.size());
          p += sep.size();
        }
        std::string_view v = strView(items[k]);
        if (!v.empty()) std::memcpy(p, v.data(), v.size());
        p += v.size();
      }
      o->length = length;
      o->ascii = ascii;
      res = molt_from_ptr(&o->ob);
    }
  }
  if (owned)
    for (auto v : collected)
      molt_decref(v);
  return res;
}

// ------------------------------------------------------------- padding

int fillArg(MoltValue v, char32_t &fill) {
  if (v == MOLT_UNBOUND) {
    fill = ' ';
    return 0;
  }
  if (!isStr(v))
    return raiseInt(&molt_type_TypeError,
                    "The fill character must be a unicode character, not " + tn(v));
  if (strLength(v) != 1)
    return raiseInt(&molt_type_TypeError, "The fill character must be exactly one character long");
  size_t p = 0;
  fill = strops::decodeNext(strView(v), p);
  return 0;
}

/// True, with MemoryError raised, when a result of `bytes` bytes (computed in
/// 64 bits from user-given sizes) cannot exist: on wasm32 it would overflow
/// std::string, whose failure aborts in a runtime built without exceptions.
bool resultTooLarge(int64_t bytes) {
  if (!objectTooLarge(bytes)) return false;
  molt_raise_fmt(&molt_type_MemoryError, "");
  return true;
}

MoltValue padImpl(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name, int which) {
  ArgSpec spec{name, "str", ArgStyle::Positional, 1, 2};
  MoltValue a[2];
  PARSE(spec, a);
  int64_t width;
  char32_t fill = ' ';
  if (intArg(a[0], width) < 0 || fillArg(a[1], fill) < 0) return MOLT_ERROR;
  strops::StrRef r = strRef(self);
  if (width <= r.length) return strResult(self, strView(self));
  int64_t size = int64_t(r.bytes.size()), pad = width - r.length;
  int64_t fillBytes = int64_t(utf8::encodedLength(fill));
  if (resultTooLarge(pad > (INT64_MAX - size) / fillBytes ? INT64_MAX : size + pad * fillBytes))
    return MOLT_ERROR;
  std::string out;
  if (which == 0)
    strops::center(r, width, fill, out);
  else if (which == 1)
    strops::ljust(r, width, fill, out);
  else
    strops::rjust(r, width, fill, out);
  return newStr(out);
}
METHOD(s_center) { return padImpl(argv, nargv, kw, "center", 0); }
METHOD(s_ljust) { return padImpl(argv, nargv, kw, "ljust", 1); }
METHOD(s_rjust) { return padImpl(argv, nargv, kw, "rjust", 2); }

METHOD(s_zfill) {
  ArgSpec spec{"zfill", "str", ArgStyle::OneArg, 1, 1};
  MoltValue a[1];
  PARSE(spec, a);
  int64_t width;
  if (intArg(a[0], width) < 0) return MOLT_ERROR;
  strops::StrRef r = strRef(self);
  if (width <= r.length) return strResult(self, strView(self));
  if (resultTooLarge(int64_t(r.bytes.size()) + (width - r.length))) return MOLT_ERROR;
  std::string out;
  strops::zfill(r, width, out);
  return newStr(out);
}

const char *const kTabNames[] = {"tabsize"};
METHOD(s_expandtabs) {
  ArgSpec spec{"expandtabs", "str", ArgStyle::Keywords, 0, 1, kTabNames};
  MoltValue a[1];
  PARSE(spec, a);
  int64_t ts = 8;
  if (a[0] != MOLT_UNBOUND) {
    if (intArg(a[0], ts) < 0) return MOLT_ERROR;
  }
  if (ts > INT32_MAX || ts < INT32_MIN) // a C int in CPython
    return raise(&molt_type_OverflowError, "Python int too large to convert to C int");
  // The exact size is walked only when the cheap bound (every byte a tab)
  // is past what an object may span.
  int64_t n = int64_t(strView(self).size());
  if (ts > 1 && (n > INT64_MAX / ts || objectTooLarge(n * ts)) &&
      resultTooLarge(strops::expandtabsSize(strView(self), ts)))
    return MOLT_ERROR;
  std::string out;
  strops::expandtabs(strView(self), ts, out);
  return strResult(self, out);
}

// ------------------------------------------------------------- case & predicates

#define CASE_METHOD(fn, pyname)                                                                    \
  METHOD(s_##fn) {                                                                                 \
    ArgSpec spec{pyname, "str", ArgStyle::NoArgs, 0, 0};                                           \
    MoltValue a[1];                                                                                \
    PARSE(spec, a);                                                                                \
    std::string out;                                                                               \
    strops::fn(strView(self), out);                                                                \
    return strResult(self, out);                                                                   \
  }
// upper() and lower() of an ASCII str: one pass into the result, which
// has the receiver's size and length (one-character results stay shared).
#define ASCII_CASE_METHOD(fn, pyname, lo, hi)                                                      \
  METHOD(s_##fn) {                                                                                 \
    ArgSpec spec{pyname, "str", ArgStyle::NoArgs, 0, 0};                                           \
    MoltValue a[1];                                                                                \
    PARSE(spec, a);                                                                                \
    MoltStr *in = as<MoltStr>(self);                                                               \
    if (in->ascii && in->length > 1) {                                                             \
      MoltStr *o = strAllocUninit(in->size);                                                       \
      if (!o) return MOLT_ERROR;                                                                   \
      for (int64_t i = 0; i < in->size; i++) {                                                     \
        char b = in->data[i];                                                                      \
        o->data[i] = b >= (lo) && b <= (hi) ? char(b ^ 0x20) : b;                                  \
      }                                                                                            \
      o->length = in->length;                                                                      \
      return molt_from_ptr(&o->ob);                                                                \
    }                                                                                              \
    std::string out;                                                                               \
    strops::fn(strView(self), out);                                                                \
    return strResult(self, out);                                                                   \
  }
ASCII_CASE_METHOD(upper, "upper", 'a', 'z')
ASCII_CASE_METHOD(lower, "lower", 'A', 'Z')
CASE_METHOD(casefold, "casefold")
CASE_METHOD(title, "title")
CASE_METHOD(capitalize, "capitalize")
CASE_METHOD(swapcase, "swapcase")

#define PRED_METHOD(fn)                                                                            \
  METHOD(s_##fn) {                                                                                 \
    ArgSpec spec{#fn, "str", ArgStyle::NoArgs, 0, 0};                                              \
    MoltValue a[1];                                                                                \
    PARSE(spec, a);                                                                                \
    return molt_bool((strops::fn)(strView(self))); /* (): isascii may be a macro */                \
  }
PRED_METHOD(isalpha)
PRED_METHOD(isalnum)
PRED_METHOD(isdecimal)
PRED_METHOD(isdigit)
PRED_METHOD(isnumeric)
PRED_METHOD(isspace)
PRED_METHOD(islower)
PRED_METHOD(isupper)
PRED_METHOD(istitle)
PRED_METHOD(isprintable)
PRED_METHOD(isidentifier)
PRED_METHOD(isascii)

MoltValue affixImpl(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name,
                    bool suffix) {
  ArgSpec spec{name, "str", ArgStyle::OneArg, 1, 1};
  MoltValue a[1];
  PARSE(spec, a);
  if (!isStr(a[0]))
    return raise(&molt_type_TypeError,
                 std::string(name) + "() argument must be str, not " + argTN(a[0]));
  std::string_view r = suffix ? strops::removesuffix(strView(self), strView(a[0]))
                              : strops::removeprefix(strView(self), strView(a[0]));
  return strResult(self, r);
}
METHOD(s_removeprefix) { return affixImpl(argv, nargv, kw, "removeprefix", false); }
METHOD(s_removesuffix) { return affixImpl(argv, nargv, kw, "removesuffix", true); }

// ------------------------------------------------------------- translate

METHOD(s_translate) {
  ArgSpec spec{"translate", "str", ArgStyle::OneArg, 1, 1};
  MoltValue a[1];
  PARSE(spec, a);
  MoltValue table = a[0];
  std::string_view s = strView(self);
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = strops::decodeNext(s, pos);
    MoltValue key = molt_small_int(int64_t(c));
    MoltValue v = molt_getitem(table, key);
    if (molt_is_error(v)) {
      MoltValue e = molt_err_fetch();
      if (molt_err_matches(e, molt_from_ptr(&molt_type_LookupError)) == 1) {
        molt_decref(e);
        strops::appendUtf8(out, c);
        continue;
      }
      molt_err_restore(e);
      molt_decref(e);
      return MOLT_ERROR;
    }
    if (v == MOLT_NONE) continue;
    if (isStr(v)) {
      out.append(strView(v));
    } else if (isIntLike(v) && !molt_is_bool(v)) {
      int64_t x;
      if (intArg(v, x) < 0 || x < 0 || x > 0x10FFFF) {
        molt_decref(v);
        if (molt_state.exc != MOLT_NONE) {
          MoltValue e = molt_err_fetch();
          molt_decref(e);
        }
        return raise(&molt_type_ValueError, "character mapping must be in range(0x110000)");
      }
      strops::appendUtf8(out, char32_t(x));
    } else if (molt_is_bool(v)) {
      strops::appendUtf8(out, char32_t(v & 1));
    } else {
      molt_decref(v);
      return raise(&molt_type_TypeError, "character mapping must return integer, None or str");
    }
    molt_decref(v);
  }
  return strResult(self, out);
}

MoltValue s_maketrans(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw) {
  ArgSpec spec{"maketrans", "str", ArgStyle::Positional, 1, 3};
  MoltValue a[3];
  if (parseArgs(spec, argv, nargv, kw, a) < 0) return MOLT_ERROR;
  MoltValue d = molt_dict_new(nullptr, 0);
  if (molt_is_error(d)) return d;
  if (a[1] == MOLT_UNBOUND) {
    if (!isExact(a[0], &molt_type_dict) &&
        !(molt_is_ptr(a[0]) && (molt_ptr(a[0])->type->flags & kTypeDictSubclass))) {
      molt_decref(d);
      return raise(&molt_type_TypeError,
                   "if you give only one argument to maketrans it must be a dict");
    }
    int rc = forEach(a[0], [&](MoltValue k) -> int {
      MoltValue v = molt_getitem(a[0], k);
      if (molt_is_error(v)) return -1;
      int r;
      if (isStr(k)) {
        if (strLength(k) != 1) {
          molt_decref(v);
          return raiseInt(&molt_type_ValueError,
                          "string keys in translate table must be of length 1");
        }
        size_t p = 0;
        MoltValue ik = molt_small_int(int64_t(strops::decodeNext(strView(k), p)));
        r = molt_dict_setitem(d, ik, v);
      } else if (isIntLike(k)) {
        r = molt_dict_setitem(d, k, v);
      } else {
        r = raiseInt(&molt_type_TypeError, "keys in translate table must be strings or integers");
      }
      molt_decref(v);
      return r < 0 ? -1 : 0;
    });
    if (rc < 0) {
      molt_decref(d);
      return MOLT_ERROR;
    }
    return d;
  }
  if (!isStr(a[1])) {
    molt_decref(d);
    return raise(&molt_type_TypeError, "maketrans() argument 2 must be str, not " + argTN(a[1]));
  }
  if (a[2] != MOLT_UNBOUND && !isStr(a[2])) {
    molt_decref(d);
    return raise(&molt_type_TypeError, "maketrans() argument 3 must be str, not " + argTN(a[2]));
  }
  if (!isStr(a[0])) {
    molt_decref(d);
    return raise(&molt_type_TypeError,
                 "first maketrans argument must be a string if there is a second argument");
  }
  if (strLength(a[0]) != strLength(a[1])) {
    molt_decref(d);
    return raise(&molt_type_ValueError, "the first two maketrans arguments must have equal length");
  }
  std::string_view x = strView(a[0]), y = strView(a[1]);
  size_t px = 0, py = 0;
  while (px < x.size()) {
    char32_t cx = strops::decodeNext(x, px), cy = strops::decodeNext(y, py);
    if (molt_dict_setitem(d, molt_small_int(cx), molt_small_int(cy)) < 0) {
      molt_decref(d);
      return MOLT_ERROR;
    }
  }
  if (a[2] != MOLT_UNBOUND) {
    std::string_view z = strView(a[2]);
    size_t pz = 0;
    while (pz < z.size()) {
      char32_t c = strops::decodeNext(z, pz);
      if (molt_dict_setitem(d, molt_small_int(c), MOLT_NONE) < 0) {
        molt_decref(d);
        return MOLT_ERROR;
      }
    }
  }
  return d;
}

// ------------------------------------------------------------- encode

const char *const kEncodeNames[] = {"encoding", "errors"};
METHOD(s_encode) {
  ArgSpec spec{"encode", "str", ArgStyle::Keywords, 0, 2, kEncodeNames};
  MoltValue a[2];
  PARSE(spec, a);
  std::string_view enc = "utf-8", err = "strict";
  if (a[0] != MOLT_UNBOUND) {
    if (!isStr(a[0]))
      return raise(&molt_type_TypeError,
                   "encode() argument 'encoding' must be str, not " + argTN(a[0]));
    enc = strView(a[0]);
  }
  if (a[1] != MOLT_UNBOUND) {
    if (!isStr(a[1]))
      return raise(&molt_type_TypeError,
                   "encode() argument 'errors' must be str, not " + argTN(a[1]));
    err = strView(a[1]);
  }
  return strEncode(self, enc, err);
}

METHOD(s_getnewargs) {
  ArgSpec spec{"__getnewargs__", "str", ArgStyle::NoArgs, 0, 0};
  MoltValue a[1];
  PARSE(spec, a);
  MoltValue c = strFromUtf8(strView(self));
  MoltValue t = molt_tuple_new(&c, 1);
  molt_decref(c);
  return t;
}

METHOD(s_sizeof) {
  ArgSpec spec{"__sizeof__", "str", ArgStyle::NoArgs, 0, 0};
  MoltValue a[1];
  PARSE(spec, a);
  MoltStr *o = as<MoltStr>(self);
  if (o->ascii) return molt_small_int(40 + o->size + 1);
  std::string_view s = strView(self);
  size_t p = 0;
  char32_t mx = 0;
  while (p < s.size()) {
    char32_t c = strops::decodeNext(s, p);
    if (c > mx) mx = c;
  }
  int64_t kind = mx < 0x100 ? 1 : mx < 0x10000 ? 2 : 4;
  return molt_small_int(56 + (o->length + 1) * kind);
}

} // namespace

// ---------------------------------------------------------------------------
// Codecs

namespace {

// Raises type(encoding, object, start, end, reason) (UnicodeDecodeError / UnicodeEncodeError).
MoltValue raiseUnicodeError(MoltType *type, const char *codec, MoltValue object, int64_t start,
                            int64_t end, const char *reason) {
  MoltValue args[5] = {strFromUtf8(codec), object, molt_int_from_i64(start), molt_int_from_i64(end),
                       strFromUtf8(reason)};
  MoltValue exc = molt_call(molt_from_ptr(type), args, 5, MOLT_NONE);
  molt_decref(args[0]);
  molt_decref(args[2]);
  molt_decref(args[3]);
  molt_decref(args[4]);
  if (molt_is_error(exc)) return exc;
  molt_raise(exc);
  molt_decref(exc);
  return MOLT_ERROR;
}

MoltValue decodeError(const char *codec, std::string_view data, size_t start, size_t end,
                      const char *reason) {
  MoltValue obj = bytesFromData(data);
  if (molt_is_error(obj)) return obj;
  MoltValue r = raiseUnicodeError(&molt_type_UnicodeDecodeError, codec, obj, int64_t(start),
                                  int64_t(end), reason);
  molt_decref(obj);
  return r;
}

// Length of the valid UTF-8 sequence at data[i] (0 if invalid); on failure *bad is the
// length of the maximal invalid prefix and *reason is set.
size_t utf8Seq(std::string_view d, size_t i, size_t *bad, const char **reason) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(d[k]); };
  unsigned c = b(i);
  size_t n = d.size();
  if (c < 0x80) return 1;
  size_t need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF)
    need = 2;
  else if (c == 0xE0) {
    need = 3;
    lo = 0xA0;
  } else if (c >= 0xE1 && c <= 0xEC)
    need = 3;
  else if (c == 0xED) {
    need = 3;
    hi = 0x9F;
  } else if (c >= 0xEE && c <= 0xEF)
    need = 3;
  else if (c == 0xF0) {
    need = 4;
    lo = 0x90;
  } else if (c >= 0xF1 && c <= 0xF3)
    need = 4;
  else if (c == 0xF4) {
    need = 4;
    hi = 0x8F;
  } else {
    *bad = 1;
    *reason = "invalid start byte";
    return 0;
  }
  for (size_t k = 1; k < need; k++) {
    if (i + k >= n) {
      *bad = k;
      *reason = "unexpected end of data";
      return 0;
    }
    unsigned x = b(i + k);
    unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (x < l || x > h) {
      *bad = k;
      *reason = "invalid continuation byte";
      return 0;
    }
  }
  return need;
}

void appendEscapedByte(std::string &out, unsigned char c) {
  char b[8];
  formatBuf(b, sizeof b, "\\x%02x", c);
  out += b;
}

} // namespace

MoltValue strDecode(std::string_view data, std::string_view encoding, std::string_view errors) {
  int enc = encodingId(encoding);
  if (enc < 0) return raise(&molt_type_LookupError, "unknown encoding: " + std::string(encoding));
  int eh = errorHandler(errors);
  std::string out;
  if (enc == 0) {
    if (strops::isAscii(data)) return strFromUtf8Known(data, int64_t(data.size()), true);
    out.reserve(data.size());
    size_t i = 0;
    while (i < data.size()) {
      size_t bad = 0;
      const char *reason = nullptr;
      size_t len = utf8Seq(data, i, &bad, &reason);
      if (len) {
        out.append(data.substr(i, len));
        i += len;
        continue;
      }
      switch (eh) {
      case 0:
        return decodeError("utf-8", data, i, i + bad, reason);
      case 1:
        break;
      case 2:
        strops::appendUtf8(out, 0xFFFD);
        break;
      case 3:
        for (size_t k = 0; k < bad; k++)
          appendEscapedByte(out, static_cast<unsigned char>(data[i + k]));
        break;
      case 4:
        for (size_t k = 0; k < bad; k++) {
          unsigned char c = static_cast<unsigned char>(data[i + k]);
          if (c < 128) return decodeError("utf-8", data, i, i + bad, reason);
          strops::appendUtf8(out, 0xDC00 + c);
        }
        break;
      case 5: {
        // surrogatepass: accept an encoded surrogate
        if (i + 2 < data.size() && static_cast<unsigned char>(data[i]) == 0xED &&
            (static_cast<unsigned char>(data[i + 1]) & 0xE0) == 0xA0 &&
            (static_cast<unsigned char>(data[i + 2]) & 0xC0) == 0x80) {
          out.append(data.substr(i, 3));
          i += 3;
          continue;
        }
        return decodeError("utf-8", data, i, i + bad, reason);
      }
      default:
        return raise(&molt_type_LookupError,
                     "unknown error handler name '" + std::string(errors) + "'");
      }
      i += bad;
    }
    return newStr(out);
  }
  if (enc == 2) {
    out.reserve(data.size() * 2);
    for (char ch : data)
      strops::appendUtf8(out, static_cast<unsigned char>(ch));
    return newStr(out);
  }
  // ascii
  if (strops::isAscii(data)) return strFromUtf8Known(data, int64_t(data.size()), true);
  for (size_t i = 0; i < data.size(); i++) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c < 128) {
      out.push_back(char(c));
      continue;
    }
    switch (eh) {
    case 0:
      return decodeError("ascii", data, i, i + 1, "ordinal not in range(128)");
    case 1:
      break;
    case 2:
      strops::appendUtf8(out, 0xFFFD);
      break;
    case 3:
      appendEscapedByte(out, c);
      break;
    case 4:
      strops::appendUtf8(out, 0xDC00 + c);
      break;
    case 5:
      return decodeError("ascii", data, i, i + 1, "ordinal not in range(128)");
    default:
      return raise(&molt_type_LookupError,
                   "unknown error handler name '" + std::string(errors) + "'");
    }
  }
  return newStr(out);
}

MoltValue strEncode(MoltValue s, std::string_view encoding, std::string_view errors) {
  int enc = encodingId(encoding);
  if (enc < 0) return raise(&molt_type_LookupError, "unknown encoding: " + std::string(encoding));
  std::string_view t = strView(s);
  if (as<MoltStr>(s)->ascii) return bytesFromData(t);
  int eh = errorHandler(errors);
  const char *codec = enc == 0 ? "utf-8" : enc == 1 ? "ascii" : "latin-1";
  char32_t limit = enc == 0 ? 0x110000 : enc == 1 ? 0x80 : 0x100;
  const char *reason = enc == 0   ? "surrogates not allowed"
                       : enc == 1 ? "ordinal not in range(128)"
                                  : "ordinal not in range(256)";
  std::string out;
  out.reserve(t.size());
  size_t pos = 0;
  int64_t idx = 0;
  while (pos < t.size()) {
    size_t cpos = pos;
    char32_t c = strops::decodeNext(t, pos);
    bool bad = enc == 0 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
    if (!bad) {
      if (enc == 0)
        out.append(t.substr(cpos, pos - cpos));
      else
        out.push_back(char(c));
      idx++;
      continue;
    }
    // the run of unencodable characters
    size_t rend = pos;
    int64_t runLen = 1;
    std::vector<char32_t> run{c};
    while (rend < t.size()) {
      size_t q = rend;
      char32_t d = strops::decodeNext(t, q);
      bool b2 = enc == 0 ? (d >= 0xD800 && d <= 0xDFFF) : d >= limit;
      if (!b2) break;
      run.push_back(d);
      rend = q;
      runLen++;
    }
    if (eh == 5 && enc == 0) {
      out.append(t.substr(cpos, rend - cpos));
    } else if (eh == 4) {
      for (char32_t d : run) {
        if (d < 0xDC80 || d > 0xDCFF) {
          eh = 0;
          break;
        }
      }
      if (eh == 4)
        for (char32_t d : run)
          out.push_back(char(d - 0xDC00));
    }
    if (eh == 0 || (eh == 5 && enc != 0))
      return raiseUnicodeError(&molt_type_UnicodeEncodeError, codec, s, idx, idx + runLen, reason);
    if (eh == 1 || eh == 4 || eh == 5) {
      // ignore / handled above
    } else if (eh == 2) {
      out.append(size_t(runLen), '?');
    } else if (eh == 3) {
      for (char32_t d : run) {
        char cb[16];
        if (d < 0x100)
          formatBuf(cb, sizeof cb, "\\x%02x", unsigned(d));
        else if (d < 0x10000)
          formatBuf(cb, sizeof cb, "\\u%04x", unsigned(d));
        else
          formatBuf(cb, sizeof cb, "\\U%08x", unsigned(d));
        out += cb;
      }
    } else if (eh == 6) {
      for (char32_t d : run)
        out += "&#" + std::to_string(unsigned(d)) + ";";
    } else {
      return raise(&molt_type_LookupError,
                   "unknown error handler name '" + std::string(errors) + "'");
    }
    idx += runLen;
    pos = rend;
  }
  return bytesFromData(out);
}

namespace strimpl {

const char *const kStrNewNames[] = {"object", "encoding", "errors"};

MoltValue strNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  (void)type; // a subclass instance is made from this one (heaptype.cpp, retypeBuiltin)
  ArgSpec spec{"str", "str", ArgStyle::Keywords, 0, 3, kStrNewNames};
  MoltValue a[3];
  if (parseArgs(spec, args, nargs, kwnames, a) < 0) return MOLT_ERROR;
  if (a[1] == MOLT_UNBOUND && a[2] == MOLT_UNBOUND) {
    if (a[0] == MOLT_UNBOUND) return strEmpty();
    return molt_str(a[0]);
  }
  std::string_view enc = "utf-8", err = "strict";
  if (a[1] != MOLT_UNBOUND) {
    if (!isStr(a[1]))
      return raise(&molt_type_TypeError,
                   "str() argument 'encoding' must be str, not " + argTN(a[1]));
    enc = strView(a[1]);
  }
  if (a[2] != MOLT_UNBOUND) {
    if (!isStr(a[2]))
      return raise(&molt_type_TypeError, "str() argument 'errors' must be str, not " + argTN(a[2]));
    err = strView(a[2]);
  }
  if (a[0] == MOLT_UNBOUND) return strEmpty();
  std::string_view data;
  if (!bytesLikeView(a[0], data)) {
    if (isStr(a[0])) return raise(&molt_type_TypeError, "decoding str is not supported");
    return raise(&molt_type_TypeError,
                 "decoding to str: need a bytes-like object, " + tn(a[0]) + " found");
  }
  return strDecode(data, enc, err);
}

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kStrMethods[] = {
    {"capitalize", nullptr, 0},
    {"casefold", nullptr, 0},
    {"center", nullptr, 0},
    {"count", nullptr, 0},
    {"encode", nullptr, 0},
    {"endswith", nullptr, 0},
    {"expandtabs", nullptr, 0},
    {"find", nullptr, 0},
    {"format", nullptr, 0},
    {"format_map", nullptr, 0},
    {"index", nullptr, 0},
    {"isalnum", nullptr, 0},
    {"isalpha", nullptr, 0},
    {"isascii", nullptr, 0},
    {"isdecimal", nullptr, 0},
    {"isdigit", nullptr, 0},
    {"isidentifier", nullptr, 0},
    {"islower", nullptr, 0},
    {"isnumeric", nullptr, 0},
    {"isprintable", nullptr, 0},
    {"isspace", nullptr, 0},
    {"istitle", nullptr, 0},
    {"isupper", nullptr, 0},
    {"join", nullptr, 0},
    {"ljust", nullptr, 0},
    {"lower", nullptr, 0},
    {"lstrip", nullptr, 0},
    {"maketrans", nullptr, kMethStatic},
    {"partition", nullptr, 0},
    {"removeprefix", nullptr, 0},
    {"removesuffix", nullptr, 0},
    {"replace", nullptr, 0},
    {"rfind", nullptr, 0},
    {"rindex", nullptr, 0},
    {"rjust", nullptr, 0},
    {"rpartition", nullptr, 0},
    {"rsplit", nullptr, 0},
    {"rstrip", nullptr, 0},
    {"split", nullptr, 0},
    {"splitlines", nullptr, 0},
    {"startswith", nullptr, 0},
    {"strip", nullptr, 0},
    {"swapcase", nullptr, 0},
    {"title", nullptr, 0},
    {"translate", nullptr, 0},
    {"upper", nullptr, 0},
    {"zfill", nullptr, 0},
    {"__format__", nullptr, 0}, // molt_use_str_dunder_format
    {"__getnewargs__", s_getnewargs, 0},
    {"__sizeof__", s_sizeof, 0},
    {nullptr, nullptr, 0},
};
// __format__ with a format spec (f"{x:>8}"; an empty spec takes the str() fast
// path of molt_format): installed when the program can format with a spec
// (compiler/codegen/Features.cpp).
extern "C" void molt_use_str_dunder_format(void) {
  installMethod(kStrMethods, "__format__", strDunderFormat);
}
extern "C" void molt_use_str_capitalize(void) {
  installMethod(kStrMethods, "capitalize", s_capitalize);
}
extern "C" void molt_use_str_casefold(void) { installMethod(kStrMethods, "casefold", s_casefold); }
extern "C" void molt_use_str_center(void) { installMethod(kStrMethods, "center", s_center); }
extern "C" void molt_use_str_count(void) { installMethod(kStrMethods, "count", s_count); }
extern "C" void molt_use_str_encode(void) { installMethod(kStrMethods, "encode", s_encode); }
extern "C" void molt_use_str_endswith(void) { installMethod(kStrMethods, "endswith", s_endswith); }
extern "C" void molt_use_str_expandtabs(void) {
  installMethod(kStrMethods, "expandtabs", s_expandtabs);
}
extern "C" void molt_use_str_find(void) { installMethod(kStrMethods, "find", s_find); }
extern "C" void molt_use_str_format(void) { installMethod(kStrMethods, "format", strFormatMethod); }
extern "C" void molt_use_str_format_map(void) {
  installMethod(kStrMethods, "format_map", strFormatMapMethod);
}
extern "C" void molt_use_str_index(void) { installMethod(kStrMethods, "index", s_index); }
extern "C" void molt_use_str_isalnum(void) { installMethod(kStrMethods, "isalnum", s_isalnum); }
extern "C" void molt_use_str_isalpha(void) { installMethod(kStrMethods, "isalpha", s_isalpha); }
extern "C" void molt_use_str_isascii(void) { installMethod(kStrMethods, "isascii", s_isascii); }
extern "C" void molt_use_str_isdecimal(void) {
  installMethod(kStrMethods, "isdecimal", s_isdecimal);
}
extern "C" void molt_use_str_isdigit(void) { installMethod(kStrMethods, "isdigit", s_isdigit); }
extern "C" void molt_use_str_isidentifier(void) {
  installMethod(kStrMethods, "isidentifier", s_isidentifier);
}
extern "C" void molt_use_str_islower(void) { installMethod(kStrMethods, "islower", s_islower); }
extern "C" void molt_use_str_isnumeric(void) {
  installMethod(kStrMethods, "isnumeric", s_isnumeric);
}
extern "C" void molt_use_str_isprintable(void) {
  installMethod(kStrMethods, "isprintable", s_isprintable);
}
extern "C" void molt_use_str_isspace(void) { installMethod(kStrMethods, "isspace", s_isspace); }
extern "C" void molt_use_str_istitle(void) { installMethod(kStrMethods, "istitle", s_istitle); }
extern "C" void molt_use_str_isupper(void) { installMethod(kStrMethods, "isupper", s_isupper); }
extern "C" void molt_use_str_join(void) { installMethod(kStrMethods, "join", s_join); }
extern "C" void molt_use_str_ljust(void) { installMethod(kStrMethods, "ljust", s_ljust); }
extern "C" void molt_use_str_lower(void) { installMethod(kStrMethods, "lower", s_lower); }
extern "C" void molt_use_str_lstrip(void) { installMethod(kStrMethods, "lstrip", s_lstrip); }
extern "C" void molt_use_str_maketrans(void) {
  installMethod(kStrMethods, "maketrans", s_maketrans);
}
extern "C" void molt_use_str_partition(void) {
  installMethod(kStrMethods, "partition", s_partition);
}
extern "C" void molt_use_str_removeprefix(void) {
  installMethod(kStrMethods, "removeprefix", s_removeprefix);
}
extern "C" void molt_use_str_removesuffix(void) {
  installMethod(kStrMethods, "removesuffix", s_removesuffix);
}
extern "C" void molt_use_str_replace(void) { installMethod(kStrMethods, "replace", s_replace); }
extern "C" void molt_use_str_rfind(void) { installMethod(kStrMethods, "rfind", s_rfind); }
extern "C" void molt_use_str_rindex(void) { installMethod(kStrMethods, "rindex", s_rindex); }
extern "C" void molt_use_str_rjust(void) { installMethod(kStrMethods, "rjust", s_rjust); }
extern "C" void molt_use_str_rpartition(void) {
  installMethod(kStrMethods, "rpartition", s_rpartition);
}
extern "C" void molt_use_str_rsplit(void) { installMethod(kStrMethods, "rsplit", s_rsplit); }
extern "C" void molt_use_str_rstrip(void) { installMethod(kStrMethods, "rstrip", s_rstrip); }
extern "C" void molt_use_str_split(void) { installMethod(kStrMethods, "split", s_split); }
extern "C" void molt_use_str_splitlines(void) {
  installMethod(kStrMethods, "splitlines", s_splitlines);
}
extern "C" void molt_use_str_startswith(void) {
  installMethod(kStrMethods, "startswith", s_startswith);
}
extern "C" void molt_use_str_strip(void) { installMethod(kStrMethods, "strip", s_strip); }
extern "C" void molt_use_str_swapcase(void) { installMethod(kStrMethods, "swapcase", s_swapcase); }
extern "C" void molt_use_str_title(void) { installMethod(kStrMethods, "title", s_title); }
extern "C" void molt_use_str_translate(void) {
  installMethod(kStrMethods, "translate", s_translate);
}
extern "C" void molt_use_str_upper(void) { installMethod(kStrMethods, "upper", s_upper); }
extern "C" void molt_use_str_zfill(void) { installMethod(kStrMethods, "zfill", s_zfill); }

} // namespace strimpl

} // namespace molt::rt
