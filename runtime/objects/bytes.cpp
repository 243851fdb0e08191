// The bytes type, plus the methods bytes shares with bytearray (the result
// type follows the receiver: bytes methods give bytes, bytearray's give
// bytearray).
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "../core/textfmt.h"
#include "molt/hash.h"
#include "molt/heaptype.h"
#include "molt/strobject.h"
#include "str_internal.h"

namespace molt::rt {

using namespace strimpl;

namespace {

MoltValue gEmptyBytes = 0;
MoltValue gByteChars[256];

MoltBytes *bytesAlloc(int64_t size) {
  MoltObject *o = allocObject(&molt_type_bytes, sizeof(MoltBytes) + size_t(size) + 1);
  if (!o) return nullptr;
  MoltBytes *b = reinterpret_cast<MoltBytes *>(o);
  b->size = size;
  b->hash = -1;
  b->data[size] = 0;
  return b;
}

} // namespace

bool isBytes(MoltValue v) {
  return molt_is_ptr(v) && isSubtype(molt_ptr(v)->type, &molt_type_bytes);
}

bool bytesLikeView(MoltValue v, std::string_view &out) {
  if (!molt_is_ptr(v)) return false;
  MoltType *t = molt_ptr(v)->type;
  if (t == &molt_type_bytes || (t != &molt_type_bytearray && isSubtype(t, &molt_type_bytes))) {
    out = bytesView(v);
    return true;
  }
  if (t == &molt_type_bytearray || isSubtype(t, &molt_type_bytearray)) {
    out = byteArrayView(v);
    return true;
  }
  return false;
}

MoltValue bytesFromData(std::string_view data) {
  if (data.empty()) {
    if (!gEmptyBytes) {
      MoltBytes *b = bytesAlloc(0);
      if (!b) return MOLT_ERROR;
      makeImmortal(&b->ob);
      gEmptyBytes = molt_from_ptr(b);
    }
    return gEmptyBytes;
  }
  if (data.size() == 1) {
    unsigned char c = static_cast<unsigned char>(data[0]);
    if (!gByteChars[c]) {
      MoltBytes *b = bytesAlloc(1);
      if (!b) return MOLT_ERROR;
      b->data[0] = char(c);
      makeImmortal(&b->ob);
      gByteChars[c] = molt_from_ptr(b);
    }
    return gByteChars[c];
  }
  MoltBytes *b = bytesAlloc(int64_t(data.size()));
  if (!b) return MOLT_ERROR;
  std::memcpy(b->data, data.data(), data.size());
  return molt_from_ptr(b);
}

namespace bytesimpl {

void reprBody(std::string_view d, std::string &out, bool escapeSingle) {
  bool sq = d.find('\'') != std::string_view::npos, dq = d.find('"') != std::string_view::npos;
  char quote = (sq && !dq) ? '"' : '\'';
  out.push_back(quote);
  for (char ch : d) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (escapeSingle && c == '\'')) {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      char b[8];
      formatBuf(b, sizeof b, "\\x%02x", c);
      out += b;
    } else {
      out.push_back(char(c));
    }
  }
  out.push_back(quote);
}

} // namespace bytesimpl

void bytesReprAppend(std::string_view data, std::string &out) {
  out.push_back('b');
  bytesimpl::reprBody(data, out);
}

namespace bytesimpl {

namespace {

bool isBA(MoltValue v) {
  return molt_is_ptr(v) && isSubtype(molt_ptr(v)->type, &molt_type_bytearray);
}
const char *ownerOf(MoltValue v) { return isBA(v) ? "bytearray" : "bytes"; }
std::string_view viewOf(MoltValue v) { return isBA(v) ? byteArrayView(v) : bytesView(v); }

// A result of the receiver's type.
MoltValue like(MoltValue self, std::string_view d) {
  if (isBA(self)) return byteArrayFromData(d);
  if (d.size() == size_t(as<MoltBytes>(self)->size) && isExact(self, &molt_type_bytes) &&
      d.data() == as<MoltBytes>(self)->data)
    return molt_newref(self);
  return bytesFromData(d);
}

#define METHOD(fname)                                                                              \
  MoltValue b_##fname(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw)
#define PARSE(style, nm, mn, mx, out)                                                              \
  MoltValue self = argv[0];                                                                        \
  ArgSpec spec{nm, ownerOf(self), style, mn, mx};                                                  \
  if (parseArgs(spec, argv + 1, nargv - 1, kw, out) < 0) return MOLT_ERROR

// A bytes-like argument: "a bytes-like object is required, not 'str'".
bool needBuf(MoltValue v, std::string_view &out) {
  if (bytesLikeView(v, out)) return true;
  raise(&molt_type_TypeError, "a bytes-like object is required, not '" + tn(v) + "'");
  return false;
}

// find/count's sub: bytes-like or an int byte.
bool subArg(MoltValue v, std::string &tmp, std::string_view &out) {
  if (bytesLikeView(v, out)) return true;
  MoltType *t = molt_type_of(v);
  if (isIntLike(v) || (t->number && t->number->index)) {
    int64_t x;
    if (intArg(v, x) < 0) return false;
    if (x < 0 || x > 255) {
      raise(&molt_type_ValueError, "byte must be in range(0, 256)");
      return false;
    }
    tmp.assign(1, char(x));
    out = tmp;
    return true;
  }
  raise(&molt_type_TypeError,
        "argument should be integer or bytes-like object, not '" + tn(v) + "'");
  return false;
}

inline bool bspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool blower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool bupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool balpha(unsigned char c) { return blower(c) || bupper(c); }
inline bool bdigit(unsigned char c) { return c >= '0' && c <= '9'; }

strops::StrRef bref(std::string_view d) {
  return strops::StrRef{d, int64_t(d.size()), true, nullptr};
}

MoltValue listOfViews(MoltValue self, const std::vector<std::string_view> &parts) {
  std::vector<MoltValue> items;
  for (auto p : parts) {
    MoltValue v = isBA(self) ? byteArrayFromData(p) : bytesFromData(p);
    if (molt_is_error(v)) {
      for (auto x : items)
        molt_decref(x);
      return v;
    }
    items.push_back(v);
  }
  MoltValue l = molt_list_new(items.data(), items.size());
  for (auto x : items)
    molt_decref(x);
  return l;
}

enum SearchKind { kFind, kRFind, kIndex, kRIndex, kCount };
MoltValue search(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name,
                 SearchKind k) {
  MoltValue a[3];
  PARSE(ArgStyle::OldStyle, name, 1, 3, a);
  std::string tmp;
  std::string_view sub;
  if (!subArg(a[0], tmp, sub)) return MOLT_ERROR;
  std::optional<int64_t> st, en;
  if (optIndexArg(a[1], st) < 0 || optIndexArg(a[2], en) < 0) return MOLT_ERROR;
  std::string_view d = viewOf(self);
  int64_t r;
  if (k == kCount) return molt_int_from_i64(strops::count(bref(d), sub, st, en));
  r = (k == kFind || k == kIndex) ? strops::find(bref(d), sub, st, en)
                                  : strops::rfind(bref(d), sub, st, en);
  if (r < 0 && (k == kIndex || k == kRIndex))
    return raise(&molt_type_ValueError, "subsection not found");
  return molt_int_from_i64(r);
}

MoltValue startsEnds(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name,
                     bool ends) {
  MoltValue a[3];
  PARSE(ArgStyle::OldStyle, name, 1, 3, a);
  std::optional<int64_t> st, en;
  std::string_view d = viewOf(self), p;
  if (isTuple(a[0])) {
    if (optIndexArg(a[1], st) < 0 || optIndexArg(a[2], en) < 0) return MOLT_ERROR;
    for (int64_t i = 0; i < tupleSize(a[0]); i++) {
      if (!bytesLikeView(tupleItem(a[0], i), p))
        return raise(&molt_type_TypeError,
                     "a bytes-like object is required, not '" + tn(tupleItem(a[0], i)) + "'");
      if (ends ? strops::endsWith(bref(d), p, st, en) : strops::startsWith(bref(d), p, st, en))
        return MOLT_TRUE;
    }
    return MOLT_FALSE;
  }
  if (!bytesLikeView(a[0], p))
    return raise(&molt_type_TypeError, std::string(name) +
                                           " first arg must be bytes or a tuple of bytes, not " +
                                           tn(a[0]));
  if (optIndexArg(a[1], st) < 0 || optIndexArg(a[2], en) < 0) return MOLT_ERROR;
  return molt_bool(ends ? strops::endsWith(bref(d), p, st, en)
                        : strops::startsWith(bref(d), p, st, en));
}

// Whitespace split over ASCII whitespace.
void wsSplit(std::string_view s, int64_t maxsplit, bool right, std::vector<std::string_view> &out) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  if (!right) {
    size_t i = 0, n = s.size();
    while (true) {
      while (i < n && bspace(static_cast<unsigned char>(s[i])))
        i++;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        out.push_back(s.substr(i));
        break;
      }
      size_t j = i;
      while (j < n && !bspace(static_cast<unsigned char>(s[j])))
        j++;
      out.push_back(s.substr(i, j - i));
      i = j;
    }
  } else {
    size_t e = s.size();
    std::vector<std::string_view> rev;
    while (true) {
      while (e > 0 && bspace(static_cast<unsigned char>(s[e - 1])))
        e--;
      if (e == 0) break;
      if (maxsplit-- == 0) {
        rev.push_back(s.substr(0, e));
        break;
      }
      size_t b = e;
      while (b > 0 && !bspace(static_cast<unsigned char>(s[b - 1])))
        b--;
      rev.push_back(s.substr(b, e - b));
      e = b;
    }
    out.assign(rev.rbegin(), rev.rend());
  }
}

const char *const kSplitNames[] = {"sep", "maxsplit"};
MoltValue splitImpl(const MoltValue *argv, size_t nargv, MoltValue kw, bool right) {
  MoltValue self = argv[0];
  ArgSpec spec{right ? "rsplit" : "split", ownerOf(self), ArgStyle::Keywords, 0, 2, kSplitNames};
  MoltValue a[2];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  int64_t maxsplit = -1;
  std::string_view sep;
  bool hasSep = a[0] != MOLT_UNBOUND && a[0] != MOLT_NONE;
  if (hasSep && !needBuf(a[0], sep)) return MOLT_ERROR;
  if (a[1] != MOLT_UNBOUND && intArg(a[1], maxsplit) < 0) return MOLT_ERROR;
  std::string_view d = viewOf(self);
  std::vector<std::string_view> parts;
  if (!hasSep) {
    wsSplit(d, maxsplit, right, parts);
  } else {
    bool ok =
        right ? strops::rsplit(d, sep, maxsplit, parts) : strops::split(d, sep, maxsplit, parts);
    if (!ok) return raise(&molt_type_ValueError, "empty separator");
  }
  return listOfViews(self, parts);
}

MoltValue stripImpl(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name,
                    int which) {
  MoltValue a[1];
  PARSE(ArgStyle::Positional, name, 0, 1, a);
  std::string_view d = viewOf(self), chars;
  bool has = a[0] != MOLT_UNBOUND && a[0] != MOLT_NONE;
  if (has && !needBuf(a[0], chars)) return MOLT_ERROR;
  auto strip = [&](unsigned char c) {
    return has ? chars.find(char(c)) != std::string_view::npos : bspace(c);
  };
  size_t b = 0, e = d.size();
  if (which != 2)
    while (b < e && strip(static_cast<unsigned char>(d[b])))
      b++;
  if (which != 1)
    while (e > b && strip(static_cast<unsigned char>(d[e - 1])))
      e--;
  return like(self, d.substr(b, e - b));
}

MoltValue padImpl(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name, int which) {
  MoltValue a[2];
  PARSE(ArgStyle::Positional, name, 1, 2, a);
  int64_t width;
  if (intArg(a[0], width) < 0) return MOLT_ERROR;
  char fill = ' ';
  if (a[1] != MOLT_UNBOUND) {
    std::string_view f;
    if (!bytesLikeView(a[1], f) || f.size() != 1)
      return raise(&molt_type_TypeError,
                   std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                       argTN(a[1]));
    fill = f[0];
  }
  std::string_view d = viewOf(self);
  if (width <= int64_t(d.size())) return like(self, d);
  size_t pad = size_t(width) - d.size(), left;
  if (which == 0)
    left = pad / 2 + (pad & size_t(width) & 1);
  else if (which == 1)
    left = 0;
  else
    left = pad;
  std::string out(left, fill);
  out.append(d);
  out.append(pad - left, fill);
  return like(self, out);
}

MoltValue partitionImpl(const MoltValue *argv, size_t nargv, MoltValue kw, bool right) {
  MoltValue a[1];
  PARSE(ArgStyle::OneArg, right ? "rpartition" : "partition", 1, 1, a);
  std::string_view sep;
  if (!needBuf(a[0], sep)) return MOLT_ERROR;
  std::string_view parts[3];
  std::string_view d = viewOf(self);
  bool ok = right ? strops::rpartition(d, sep, parts) : strops::partition(d, sep, parts);
  if (!ok) return raise(&molt_type_ValueError, "empty separator");
  MoltValue items[3];
  for (int i = 0; i < 3; i++)
    items[i] = isBA(self) ? byteArrayFromData(parts[i]) : bytesFromData(parts[i]);
  MoltValue t = molt_tuple_new(items, 3);
  for (auto v : items)
    molt_xdecref(v);
  return t;
}

template <class F>
MoltValue mapBytes(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name, F f) {
  MoltValue a[1];
  PARSE(ArgStyle::NoArgs, name, 0, 0, a);
  std::string d(viewOf(self));
  f(d);
  return like(self, d);
}

template <class P>
MoltValue predBytes(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name, P p) {
  MoltValue a[1];
  PARSE(ArgStyle::NoArgs, name, 0, 0, a);
  return molt_bool(p(viewOf(self)));
}

} // namespace

METHOD(find) { return search(argv, nargv, kw, "find", kFind); }
METHOD(rfind) { return search(argv, nargv, kw, "rfind", kRFind); }
METHOD(index) { return search(argv, nargv, kw, "index", kIndex); }
METHOD(rindex) { return search(argv, nargv, kw, "rindex", kRIndex); }
METHOD(count) { return search(argv, nargv, kw, "count", kCount); }
METHOD(startswith) { return startsEnds(argv, nargv, kw, "startswith", false); }
METHOD(endswith) { return startsEnds(argv, nargv, kw, "endswith", true); }
METHOD(split) { return splitImpl(argv, nargv, kw, false); }
METHOD(rsplit) { return splitImpl(argv, nargv, kw, true); }
METHOD(strip) { return stripImpl(argv, nargv, kw, "strip", 0); }
METHOD(lstrip) { return stripImpl(argv, nargv, kw, "lstrip", 1); }
METHOD(rstrip) { return stripImpl(argv, nargv, kw, "rstrip", 2); }
METHOD(center) { return padImpl(argv, nargv, kw, "center", 0); }
METHOD(ljust) { return padImpl(argv, nargv, kw, "ljust", 1); }
METHOD(rjust) { return padImpl(argv, nargv, kw, "rjust", 2); }
METHOD(partition) { return partitionImpl(argv, nargv, kw, false); }
METHOD(rpartition) { return partitionImpl(argv, nargv, kw, true); }

METHOD(upper) {
  return mapBytes(argv, nargv, kw, "upper", [](std::string &d) {
    for (char &c : d)
      if (blower(static_cast<unsigned char>(c))) c = char(c - 32);
  });
}
METHOD(lower) {
  return mapBytes(argv, nargv, kw, "lower", [](std::string &d) {
    for (char &c : d)
      if (bupper(static_cast<unsigned char>(c))) c = char(c + 32);
  });
}
METHOD(swapcase) {
  return mapBytes(argv, nargv, kw, "swapcase", [](std::string &d) {
    for (char &c : d) {
      if (blower(static_cast<unsigned char>(c)))
        c = char(c - 32);
      else if (bupper(static_cast<unsigned char>(c)))
        c = char(c + 32);
    }
  });
}
METHOD(capitalize) {
  return mapBytes(argv, nargv, kw, "capitalize", [](std::string &d) {
    for (size_t i = 0; i < d.size(); i++) {
      unsigned char c = static_cast<unsigned char>(d[i]);
      if (i == 0 && blower(c))
        d[i] = char(c - 32);
      else if (i > 0 && bupper(c))
        d[i] = char(c + 32);
    }
  });
}
METHOD(title) {
  return mapBytes(argv, nargv, kw, "title", [](std::string &d) {
    bool prevCased = false;
    for (char &ch : d) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (blower(c)) {
        if (!prevCased) ch = char(c - 32);
        prevCased = true;
      } else if (bupper(c)) {
        if (prevCased) ch = char(c + 32);
        prevCased = true;
      } else {
        prevCased = false;
      }
    }
  });
}

METHOD(isalnum) {
  return predBytes(argv, nargv, kw, "isalnum", [](std::string_view d) {
    if (d.empty()) return false;
    for (char c : d)
      if (!balpha(static_cast<unsigned char>(c)) && !bdigit(static_cast<unsigned char>(c)))
        return false;
    return true;
  });
}
METHOD(isalpha) {
  return predBytes(argv, nargv, kw, "isalpha", [](std::string_view d) {
    if (d.empty()) return false;
    for (char c : d)
      if (!balpha(static_cast<unsigned char>(c))) return false;
    return true;
  });
}
METHOD(isascii) {
  return predBytes(argv, nargv, kw, "isascii",
                   [](std::string_view d) { return strops::isAscii(d); });
}
METHOD(isdigit) {
  return predBytes(argv, nargv, kw, "isdigit", [](std::string_view d) {
    if (d.empty()) return false;
    for (char c : d)
      if (!bdigit(static_cast<unsigned char>(c))) return false;
    return true;
  });
}
METHOD(isspace) {
  return predBytes(argv, nargv, kw, "isspace", [](std::string_view d) {
    if (d.empty()) return false;
    for (char c : d)
      if (!bspace(static_cast<unsigned char>(c))) return false;
    return true;
  });
}
METHOD(islower) {
  return predBytes(argv, nargv, kw, "islower", [](std::string_view d) {
    bool cased = false;
    for (char c : d) {
      if (bupper(static_cast<unsigned char>(c))) return false;
      if (blower(static_cast<unsigned char>(c))) cased = true;
    }
    return cased;
  });
}
METHOD(isupper) {
  return predBytes(argv, nargv, kw, "isupper", [](std::string_view d) {
    bool cased = false;
    for (char c : d) {
      if (blower(static_cast<unsigned char>(c))) return false;
      if (bupper(static_cast<unsigned char>(c))) cased = true;
    }
    return cased;
  });
}
METHOD(istitle) {
  return predBytes(argv, nargv, kw, "istitle", [](std::string_view d) {
    bool cased = false, prevCased = false;
    for (char ch : d) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (bupper(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (blower(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else {
        prevCased = false;
      }
    }
    return cased;
  });
}

METHOD(join) {
  MoltValue a[1];
  PARSE(ArgStyle::OneArg, "join", 1, 1, a);
  std::string_view sep = viewOf(self);
  std::string out;
  size_t i = 0;
  MoltType *t = molt_type_of(a[0]);
  if (!t->iter && !(t->container && t->container->getitem))
    return raise(&molt_type_TypeError, "can only join an iterable");
  std::string sepCopy(sep);
  int rc = forEach(a[0], [&](MoltValue v) -> int {
    std::string_view p;
    if (!bytesLikeView(v, p)) {
      char buf[64];
      formatBuf(buf, sizeof buf, "sequence item %zu: expected a bytes-like object, ", i);
      return raiseInt(&molt_type_TypeError, buf + tn(v) + " found");
    }
    if (i++) out.append(sepCopy);
    out.append(p);
    return 0;
  });
  if (rc < 0) return MOLT_ERROR;
  return isBA(self) ? byteArrayFromData(out) : bytesFromData(out);
}

METHOD(replace) {
  MoltValue a[3];
  PARSE(ArgStyle::Positional, "replace", 2, 3, a);
  std::string_view oldv, newv;
  if (!needBuf(a[0], oldv) || !needBuf(a[1], newv)) return MOLT_ERROR;
  int64_t count = -1;
  if (a[2] != MOLT_UNBOUND && intArg(a[2], count) < 0) return MOLT_ERROR;
  std::string_view d = viewOf(self);
  std::string out;
  if (oldv.empty()) {
    if (count < 0) count = INT64_MAX;
    size_t i = 0;
    for (; i <= d.size(); i++) {
      if (count-- > 0)
        out.append(newv);
      else {
        out.append(d.substr(i));
        break;
      }
      if (i < d.size()) out.push_back(d[i]);
    }
  } else {
    size_t pos = 0;
    if (count < 0) count = INT64_MAX;
    while (count > 0) {
      size_t f = strops::byteFind(d.substr(pos), oldv);
      if (f == strops::npos) break;
      out.append(d.substr(pos, f));
      out.append(newv);
      pos += f + oldv.size();
      count--;
    }
    out.append(d.substr(pos));
  }
  return like(self, out);
}

MoltValue affix(const MoltValue *argv, size_t nargv, MoltValue kw, const char *name, bool suffix) {
  MoltValue a[1];
  PARSE(ArgStyle::OneArg, name, 1, 1, a);
  std::string_view p;
  if (!needBuf(a[0], p)) return MOLT_ERROR;
  std::string_view d = viewOf(self);
  if (!suffix && d.substr(0, p.size()) == p)
    d.remove_prefix(p.size());
  else if (suffix && d.size() >= p.size() && d.substr(d.size() - p.size()) == p && !p.empty())
    d.remove_suffix(p.size());
  return like(self, d);
}
METHOD(removeprefix) { return affix(argv, nargv, kw, "removeprefix", false); }
METHOD(removesuffix) { return affix(argv, nargv, kw, "removesuffix", true); }

const char *const kTabNames[] = {"tabsize"};
METHOD(expandtabs) {
  MoltValue self = argv[0];
  ArgSpec spec{"expandtabs", ownerOf(self), ArgStyle::Keywords, 0, 1, kTabNames};
  MoltValue a[1];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  int64_t ts = 8;
  if (a[0] != MOLT_UNBOUND && intArg(a[0], ts) < 0) return MOLT_ERROR;
  if (ts > INT32_MAX || ts < INT32_MIN) // a C int in CPython
    return raise(&molt_type_OverflowError, "Python int too large to convert to C int");
  std::string_view in = viewOf(self);
  int64_t tabs = int64_t(std::count(in.begin(), in.end(), '\t'));
  // The result has at most this many bytes (each tab becomes at most ts spaces).
  if (ts > 0 && objectTooLarge(int64_t(in.size()) + tabs * ts))
    return raise(&molt_type_MemoryError, "");
  std::string out;
  int64_t col = 0;
  for (char c : in) {
    if (c == '\t') {
      if (ts > 0) {
        int64_t n = ts - col % ts;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      out.push_back(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return like(self, out);
}

METHOD(zfill) {
  MoltValue a[1];
  PARSE(ArgStyle::OneArg, "zfill", 1, 1, a);
  int64_t width;
  if (intArg(a[0], width) < 0) return MOLT_ERROR;
  std::string_view d = viewOf(self);
  if (width <= int64_t(d.size())) return like(self, d);
  std::string out(size_t(width) - d.size(), '0');
  out.append(d);
  size_t fill = size_t(width) - d.size();
  if (!d.empty() && (d[0] == '+' || d[0] == '-')) {
    out[0] = d[0];
    out[fill] = '0';
  }
  return like(self, out);
}

const char *const kSplitlinesNames[] = {"keepends"};
METHOD(splitlines) {
  MoltValue self = argv[0];
  ArgSpec spec{"splitlines", ownerOf(self), ArgStyle::Keywords, 0, 1, kSplitlinesNames};
  MoltValue a[1];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  int keep = 0;
  if (a[0] != MOLT_UNBOUND && (keep = molt_truthy(a[0])) < 0) return MOLT_ERROR;
  std::string_view d = viewOf(self);
  std::vector<std::string_view> parts;
  size_t i = 0, n = d.size();
  while (i < n) {
    size_t j = i;
    while (j < n && d[j] != '\n' && d[j] != '\r')
      j++;
    size_t eol = j;
    if (j < n) {
      if (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n')
        j += 2;
      else
        j++;
    }
    parts.push_back(d.substr(i, (keep ? j : eol) - i));
    i = j;
  }
  return listOfViews(self, parts);
}

const char *const kDecodeNames[] = {"encoding", "errors"};
METHOD(decode) {
  MoltValue self = argv[0];
  ArgSpec spec{"decode", ownerOf(self), ArgStyle::Keywords, 0, 2, kDecodeNames};
  MoltValue a[2];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  std::string_view enc = "utf-8", err = "strict";
  if (a[0] != MOLT_UNBOUND) {
    if (!isStr(a[0]))
      return raise(&molt_type_TypeError,
                   "decode() argument 'encoding' must be str, not " + argTN(a[0]));
    enc = strView(a[0]);
  }
  if (a[1] != MOLT_UNBOUND) {
    if (!isStr(a[1]))
      return raise(&molt_type_TypeError,
                   "decode() argument 'errors' must be str, not " + argTN(a[1]));
    err = strView(a[1]);
  }
  return strDecode(viewOf(self), enc, err);
}

const char *const kHexNames[] = {"sep", "bytes_per_sep"};
METHOD(hex) {
  MoltValue self = argv[0];
  ArgSpec spec{"hex", ownerOf(self), ArgStyle::Keywords, 0, 2, kHexNames};
  MoltValue a[2];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  std::string_view d = viewOf(self);
  char sep = 0;
  int64_t per = 1;
  if (a[0] != MOLT_UNBOUND && a[0] != MOLT_NONE) {
    std::string_view sv;
    if (isStr(a[0]))
      sv = strView(a[0]);
    else if (!bytesLikeView(a[0], sv))
      return raise(&molt_type_TypeError, "object of type '" + tn(a[0]) + "' has no len()");
    if ((isStr(a[0]) ? strLength(a[0]) : int64_t(sv.size())) != 1)
      return raise(&molt_type_ValueError, "sep must be length 1.");
    if (static_cast<unsigned char>(sv[0]) >= 128)
      return raise(&molt_type_ValueError, "sep must be ASCII.");
    sep = sv[0];
  }
  if (a[1] != MOLT_UNBOUND && intArg(a[1], per) < 0) return MOLT_ERROR;
  static const char digits[] = "0123456789abcdef";
  std::string out;
  size_t n = d.size();
  int64_t ap = per < 0 ? -per : per;
  for (size_t i = 0; i < n; i++) {
    if (sep && i > 0 && ap > 0) {
      // group boundaries: from the right when per > 0, from the left when per < 0
      bool boundary = per > 0 ? ((n - i) % size_t(ap) == 0) : (i % size_t(ap) == 0);
      if (boundary) out.push_back(sep);
    }
    unsigned char c = static_cast<unsigned char>(d[i]);
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
  }
  return strFromUtf8Known(out, int64_t(out.size()), true);
}

// Class method: args[0] is the type.
METHOD(fromhex) {
  MoltValue a[1];
  MoltType *type = as<MoltType>(argv[0]);
  const char *owner = type == &molt_type_bytearray ? "bytearray" : "bytes";
  ArgSpec spec{"fromhex", owner, ArgStyle::OneArg, 1, 1};
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  if (!isStr(a[0]))
    return raise(&molt_type_TypeError, "fromhex() argument must be str, not " + argTN(a[0]));
  std::string_view s = strView(a[0]);
  std::string out;
  auto hv = [](unsigned char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  size_t i = 0;
  int64_t cp = 0; // code point position for messages
  auto err = [&](int64_t pos) {
    char buf[100];
    formatBuf(buf, sizeof buf, "non-hexadecimal number found in fromhex() arg at position %lld",
              (long long)pos);
    return raise(&molt_type_ValueError, buf);
  };
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || (c >= 9 && c <= 13)) {
      i++;
      cp++;
      continue;
    }
    int h = hv(c);
    if (h < 0) return err(cp);
    if (i + 1 >= s.size()) return err(cp + 1);
    int l = hv(static_cast<unsigned char>(s[i + 1]));
    if (l < 0) return err(cp + 1);
    out.push_back(char(h * 16 + l));
    i += 2;
    cp += 2;
  }
  if (type == &molt_type_bytearray) return byteArrayFromData(out);
  return bytesFromData(out);
}

// Static method bytes.maketrans(from, to).
MoltValue b_maketrans(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw) {
  MoltValue a[2];
  ArgSpec spec{"maketrans", "bytes", ArgStyle::Positional, 2, 2};
  if (parseArgs(spec, argv, nargv, kw, a) < 0) return MOLT_ERROR;
  std::string_view f, t;
  if (!needBuf(a[0], f) || !needBuf(a[1], t)) return MOLT_ERROR;
  if (f.size() != t.size())
    return raise(&molt_type_ValueError, "maketrans arguments must have same length");
  std::string out(256, 0);
  for (int i = 0; i < 256; i++)
    out[size_t(i)] = char(i);
  for (size_t i = 0; i < f.size(); i++)
    out[static_cast<unsigned char>(f[i])] = t[i];
  return bytesFromData(out);
}

const char *const kTranslateNames[] = {"table", "delete"};
METHOD(translate) {
  MoltValue self = argv[0];
  ArgSpec spec{"translate", ownerOf(self), ArgStyle::Keywords, 1, 2, kTranslateNames, 1};
  MoltValue a[2];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  std::string_view table, del;
  bool hasTable = a[0] != MOLT_NONE;
  if (hasTable) {
    if (!needBuf(a[0], table)) return MOLT_ERROR;
    if (table.size() != 256)
      return raise(&molt_type_ValueError, "translation table must be 256 characters long");
  }
  if (a[1] != MOLT_UNBOUND && !needBuf(a[1], del)) return MOLT_ERROR;
  std::string out;
  for (char c : viewOf(self)) {
    if (!del.empty() && del.find(c) != std::string_view::npos) continue;
    out.push_back(hasTable ? table[static_cast<unsigned char>(c)] : c);
  }
  return like(self, out);
}

#undef METHOD
#undef PARSE

// ------------------------------------------------------------- shared helpers

int byteValue(MoltValue v, unsigned char &out) {
  int64_t x;
  if (molt_is_float(v))
    return raiseInt(&molt_type_TypeError, "'float' object cannot be interpreted as an integer");
  if (intArg(v, x) < 0) return -1;
  if (x < 0 || x > 255) return raiseInt(&molt_type_ValueError, "byte must be in range(0, 256)");
  out = static_cast<unsigned char>(x);
  return 0;
}

int bytesFromObject(MoltValue x, std::string &out) {
  std::string_view v;
  if (bytesLikeView(x, v)) {
    out.assign(v);
    return 0;
  }
  if (isIntLike(x) || (molt_type_of(x)->number && molt_type_of(x)->number->index)) {
    int64_t n;
    if (intArg(x, n) < 0) return -1;
    if (n < 0) return raiseInt(&molt_type_ValueError, "negative count");
    if (objectTooLarge(n)) return raiseInt(&molt_type_MemoryError, "");
    out.assign(size_t(n), '\0');
    return 0;
  }
  MoltType *t = molt_type_of(x);
  if (isStr(x)) return raiseInt(&molt_type_TypeError, "string argument without an encoding");
  if (!t->iter && !(t->container && t->container->getitem))
    return raiseInt(&molt_type_TypeError, "cannot convert '" + tn(x) + "' object to bytes");
  if (isList(x) || isTuple(x)) {
    int64_t n = isList(x) ? as<MoltList>(x)->size : tupleSize(x);
    const MoltValue *items = isList(x) ? as<MoltList>(x)->items : tupleItems(x);
    out.reserve(size_t(n));
    for (int64_t i = 0; i < n; i++) {
      int64_t b;
      if (intArg(items[i], b) < 0) return -1;
      if (b < 0 || b > 255)
        return raiseInt(&molt_type_ValueError, "bytes must be in range(0, 256)");
      out.push_back(char(b));
    }
    return 0;
  }
  return forEach(x, [&](MoltValue item) -> int {
    int64_t b;
    if (intArg(item, b) < 0) return -1;
    if (b < 0 || b > 255) return raiseInt(&molt_type_ValueError, "bytes must be in range(0, 256)");
    out.push_back(char(b));
    return 0;
  });
}

MoltValue bytesCompare(MoltValue a, MoltValue b, int op) {
  std::string_view x, y;
  if (!bytesLikeView(a, x) || !bytesLikeView(b, y)) return molt_not_implemented();
  int c = x.compare(y);
  bool r = false;
  switch (op) {
  case MOLT_LT:
    r = c < 0;
    break;
  case MOLT_LE:
    r = c <= 0;
    break;
  case MOLT_EQ:
    r = c == 0;
    break;
  case MOLT_NE:
    r = c != 0;
    break;
  case MOLT_GT:
    r = c > 0;
    break;
  case MOLT_GE:
    r = c >= 0;
    break;
  }
  return molt_bool(r);
}

int byteIndex(MoltValue k, int64_t size, int64_t &out, const char *what) {
  int64_t i;
  if (intArg(k, i) < 0) {
    MoltValue e = molt_err_fetch();
    if (molt_err_matches(e, molt_from_ptr(&molt_type_OverflowError)) == 1) {
      molt_decref(e);
      return raiseInt(&molt_type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    molt_err_restore(e);
    molt_decref(e);
    return -1;
  }
  if (i < 0) i += size;
  if (i < 0 || i >= size) return raiseInt(&molt_type_IndexError, what);
  out = i;
  return 0;
}

} // namespace bytesimpl

// ---------------------------------------------------------------------------
// bytes slots

namespace {

using namespace bytesimpl;

void bytesDealloc(MoltObject *o) { freeObject(o); }

MoltValue bytesRepr(MoltValue v) {
  std::string out;
  bytesReprAppend(bytesView(v), out);
  return strFromUtf8Known(out, int64_t(out.size()), true);
}

int bytesHash(MoltValue v, int64_t *out) {
  MoltBytes *b = as<MoltBytes>(v);
  if (b->hash == -1) b->hash = hashBytes(b->data, size_t(b->size));
  *out = b->hash;
  return 0;
}

int64_t bytesLen(MoltValue v) { return as<MoltBytes>(v)->size; }

bool hasIndexSlot(MoltValue k) {
  MoltType *t = molt_type_of(k);
  return isIntLike(k) || (t->number && t->number->index);
}

MoltValue bytesGetItem(MoltValue s, MoltValue k) {
  std::string_view d = bytesView(s);
  if (molt_is_small_int(k)) {
    // b[i]: the common case without the index protocol.
    int64_t i = molt_small_int_val(k), n = int64_t(d.size());
    if (i < 0) i += n;
    if (uint64_t(i) < uint64_t(n)) return molt_small_int(static_cast<unsigned char>(d[size_t(i)]));
  }
  if (hasIndexSlot(k) && !molt_is_float(k)) {
    int64_t i;
    if (byteIndex(k, int64_t(d.size()), i, "index out of range") < 0) return MOLT_ERROR;
    return molt_small_int(static_cast<unsigned char>(d[size_t(i)]));
  }
  strops::SliceIndices si;
  int r = sliceArg(k, int64_t(d.size()), si);
  if (r < 0) return MOLT_ERROR;
  if (r == 0)
    return raise(&molt_type_TypeError, "byte indices must be integers or slices, not " + tn(k));
  if (si.step == 1) return like(s, d.substr(size_t(si.start), size_t(si.slicelength)));
  std::string out;
  for (int64_t i = 0, j = si.start; i < si.slicelength; i++, j += si.step)
    out.push_back(d[size_t(j)]);
  return bytesFromData(out);
}

} // namespace

namespace bytesimpl {
// `item in b` for bytes and bytearray.
int bytesContains(MoltValue s, MoltValue item) {
  std::string tmp;
  std::string_view sub;
  std::string_view d;
  bytesLikeView(s, d);
  if (bytesLikeView(item, sub)) return strops::byteFind(d, sub) != strops::npos;
  if (hasIndexSlot(item) && !molt_is_float(item)) {
    int64_t x;
    if (intArg(item, x) < 0) return -1;
    if (x < 0 || x > 255) return raiseInt(&molt_type_ValueError, "byte must be in range(0, 256)");
    return d.find(char(x)) != std::string_view::npos;
  }
  return raiseInt(&molt_type_TypeError, "a bytes-like object is required, not '" + tn(item) + "'");
}

// b * n for bytes and bytearray (result type of the sequence operand).
MoltValue bytesRepeat(MoltValue a, MoltValue b) {
  std::string_view d;
  MoltValue seq = bytesLikeView(a, d) ? a : b, other = seq == a ? b : a;
  bytesLikeView(seq, d);
  if (!hasIndexSlot(other) || molt_is_float(other)) {
    if (!(molt_type_of(other)->flags & kTypeImmutable)) return molt_not_implemented();
    return raise(&molt_type_TypeError,
                 "can't multiply sequence by non-int of type '" + tn(other) + "'");
  }
  int64_t n;
  if (intArg(other, n) < 0) return MOLT_ERROR;
  if (n < 0) n = 0;
  if (n > 0 && d.size() > size_t(INT64_MAX / n)) // past CPython's Py_ssize_t
    return isBA(seq) ? raise(&molt_type_MemoryError, "")
                     : raise(&molt_type_OverflowError, "repeated bytes are too long");
  if (objectTooLarge(int64_t(d.size()) * n)) return raise(&molt_type_MemoryError, "");
  std::string out;
  out.reserve(d.size() * size_t(n));
  for (int64_t i = 0; i < n; i++)
    out.append(d);
  if (isBA(seq)) return byteArrayFromData(out);
  return bytesFromData(out);
}
} // namespace bytesimpl

namespace {

MoltValue bytesAdd(MoltValue a, MoltValue b) {
  std::string_view x, y;
  if (!isBytes(a)) return molt_not_implemented();
  if (!bytesLikeView(b, y)) {
    if (!(molt_type_of(b)->flags & kTypeImmutable)) return molt_not_implemented();
    return raise(&molt_type_TypeError, "can't concat " + tn(b) + " to bytes");
  }
  x = bytesView(a);
  if (y.empty() && isExact(a, &molt_type_bytes)) return molt_newref(a);
  std::string out;
  out.reserve(x.size() + y.size());
  out.append(x);
  out.append(y);
  return bytesFromData(out);
}

// bytes iterator
struct BytesIter {
  MoltObject ob;
  MoltValue seq; // MOLT_NONE when exhausted
  int64_t pos;
};

void bytesIterDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<BytesIter *>(o)->seq);
  freeObject(o);
}
void bytesIterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  MoltValue s = reinterpret_cast<BytesIter *>(o)->seq;
  if (molt_is_ptr(s)) visit(s, arg);
}
MoltValue bytesIterSelf(MoltValue it) { return molt_newref(it); }
MoltValue bytesIterNext(MoltValue v) {
  BytesIter *it = as<BytesIter>(v);
  if (it->seq == MOLT_NONE) return MOLT_STOP;
  std::string_view d;
  bytesLikeView(it->seq, d);
  if (it->pos >= int64_t(d.size())) {
    molt_decref(it->seq);
    it->seq = MOLT_NONE;
    return MOLT_STOP;
  }
  return molt_small_int(static_cast<unsigned char>(d[size_t(it->pos++)]));
}

} // namespace

MoltType molt_type_bytes_iterator_ = {};
MoltType molt_type_bytearray_iterator_ = {};

namespace {

struct BytesIterTypeInit {
  BytesIterTypeInit() {
    MoltType *ts[2] = {&molt_type_bytes_iterator_, &molt_type_bytearray_iterator_};
    const char *names[2] = {"bytes_iterator", "bytearray_iterator"};
    for (int i = 0; i < 2; i++) {
      MoltType &t = *ts[i];
      t.ob.refcnt = MOLT_IMMORTAL_REFCNT;
      t.ob.type = &molt_type_type;
      t.name = names[i];
      t.base = &molt_type_object;
      t.flags = kTypeImmutable;
      t.basicsize = sizeof(BytesIter);
      t.dealloc = bytesIterDealloc;
      t.traverse = bytesIterTraverse;
      t.iter = bytesIterSelf;
      t.iternext = bytesIterNext;
      t.dict = MOLT_NONE;
      t.mro = MOLT_NONE;
    }
  }
} gBytesIterTypeInit;

} // namespace

namespace bytesimpl {
// iter() of bytes / bytearray.
MoltValue bytesIter(MoltValue s) {
  MoltType *t = isBA(s) ? &molt_type_bytearray_iterator_ : &molt_type_bytes_iterator_;
  MoltObject *o = allocObject(t, sizeof(BytesIter));
  if (!o) return MOLT_ERROR;
  BytesIter *it = reinterpret_cast<BytesIter *>(o);
  it->seq = molt_newref(s);
  it->pos = 0;
  return molt_from_ptr(o);
}
MoltValue bytesMod(MoltValue a, MoltValue b) {
  if (!isBytes(a) && !isByteArray(a)) return molt_not_implemented();
  return bytesPercentFormat(a, b);
}
} // namespace bytesimpl

namespace {

const char *const kBytesNewNames[] = {"source", "encoding", "errors"};
MoltValue bytesNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  (void)type; // a subclass instance is made from this one (heaptype.cpp, retypeBuiltin)
  ArgSpec spec{"bytes", "bytes", ArgStyle::Keywords, 0, 3, kBytesNewNames};
  MoltValue a[3];
  if (parseArgs(spec, args, nargs, kwnames, a) < 0) return MOLT_ERROR;
  if (a[0] == MOLT_UNBOUND) {
    if (a[1] != MOLT_UNBOUND || a[2] != MOLT_UNBOUND)
      return raise(&molt_type_TypeError, a[1] != MOLT_UNBOUND ? "encoding without a string argument"
                                                              : "errors without a string argument");
    return bytesFromData("");
  }
  if (a[1] != MOLT_UNBOUND || a[2] != MOLT_UNBOUND) {
    if (!isStr(a[0]))
      return raise(&molt_type_TypeError, a[1] != MOLT_UNBOUND ? "encoding without a string argument"
                                                              : "errors without a string argument");
    if (a[1] == MOLT_UNBOUND)
      return raise(&molt_type_TypeError, "string argument without an encoding");
    if (!isStr(a[1]))
      return raise(&molt_type_TypeError,
                   "bytes() argument 'encoding' must be str, not " + argTN(a[1]));
    std::string_view err = "strict";
    if (a[2] != MOLT_UNBOUND) {
      if (!isStr(a[2]))
        return raise(&molt_type_TypeError,
                     "bytes() argument 'errors' must be str, not " + argTN(a[2]));
      err = strView(a[2]);
    }
    return strEncode(a[0], strView(a[1]), err);
  }
  if (isExact(a[0], &molt_type_bytes)) return molt_newref(a[0]);
  if (isHeapType(molt_type_of(a[0]))) {
    // A class's __bytes__ (special lookup) comes before the buffer/iterable paths.
    MoltValue r = callSpecialC(a[0], "__bytes__", nullptr, 0);
    if (r != MOLT_UNBOUND) {
      if (molt_is_error(r) || isBytes(r)) return r;
      molt_raise_fmt(&molt_type_TypeError, "__bytes__ returned non-bytes (type %s)", typeName(r));
      molt_decref(r);
      return MOLT_ERROR;
    }
  }
  std::string out;
  if (bytesFromObject(a[0], out) < 0) return MOLT_ERROR;
  return bytesFromData(out);
}

MoltValue bytesGetnewargs(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw) {
  ArgSpec spec{"__getnewargs__", "bytes", ArgStyle::NoArgs, 0, 0};
  MoltValue a[1];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  MoltValue c = bytesFromData(bytesView(argv[0]));
  MoltValue t = molt_tuple_new(&c, 1);
  molt_decref(c);
  return t;
}

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kBytesMethods[] = {
    {"capitalize", nullptr, 0},
    {"center", nullptr, 0},
    {"count", nullptr, 0},
    {"decode", nullptr, 0},
    {"endswith", nullptr, 0},
    {"expandtabs", nullptr, 0},
    {"find", nullptr, 0},
    {"hex", nullptr, 0},
    {"index", nullptr, 0},
    {"isalnum", nullptr, 0},
    {"isalpha", nullptr, 0},
    {"isascii", nullptr, 0},
    {"isdigit", nullptr, 0},
    {"islower", nullptr, 0},
    {"isspace", nullptr, 0},
    {"istitle", nullptr, 0},
    {"isupper", nullptr, 0},
    {"join", nullptr, 0},
    {"ljust", nullptr, 0},
    {"lower", nullptr, 0},
    {"lstrip", nullptr, 0},
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
    {"fromhex", nullptr, kMethClass},
    {"maketrans", nullptr, kMethStatic},
    {"__getnewargs__", bytesGetnewargs, 0},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_bytes_capitalize(void) {
  installMethod(kBytesMethods, "capitalize", b_capitalize);
}
extern "C" void molt_use_bytes_center(void) { installMethod(kBytesMethods, "center", b_center); }
extern "C" void molt_use_bytes_count(void) { installMethod(kBytesMethods, "count", b_count); }
extern "C" void molt_use_bytes_decode(void) { installMethod(kBytesMethods, "decode", b_decode); }
extern "C" void molt_use_bytes_endswith(void) {
  installMethod(kBytesMethods, "endswith", b_endswith);
}
extern "C" void molt_use_bytes_expandtabs(void) {
  installMethod(kBytesMethods, "expandtabs", b_expandtabs);
}
extern "C" void molt_use_bytes_find(void) { installMethod(kBytesMethods, "find", b_find); }
extern "C" void molt_use_bytes_hex(void) { installMethod(kBytesMethods, "hex", b_hex); }
extern "C" void molt_use_bytes_index(void) { installMethod(kBytesMethods, "index", b_index); }
extern "C" void molt_use_bytes_isalnum(void) { installMethod(kBytesMethods, "isalnum", b_isalnum); }
extern "C" void molt_use_bytes_isalpha(void) { installMethod(kBytesMethods, "isalpha", b_isalpha); }
extern "C" void molt_use_bytes_isascii(void) { installMethod(kBytesMethods, "isascii", b_isascii); }
extern "C" void molt_use_bytes_isdigit(void) { installMethod(kBytesMethods, "isdigit", b_isdigit); }
extern "C" void molt_use_bytes_islower(void) { installMethod(kBytesMethods, "islower", b_islower); }
extern "C" void molt_use_bytes_isspace(void) { installMethod(kBytesMethods, "isspace", b_isspace); }
extern "C" void molt_use_bytes_istitle(void) { installMethod(kBytesMethods, "istitle", b_istitle); }
extern "C" void molt_use_bytes_isupper(void) { installMethod(kBytesMethods, "isupper", b_isupper); }
extern "C" void molt_use_bytes_join(void) { installMethod(kBytesMethods, "join", b_join); }
extern "C" void molt_use_bytes_ljust(void) { installMethod(kBytesMethods, "ljust", b_ljust); }
extern "C" void molt_use_bytes_lower(void) { installMethod(kBytesMethods, "lower", b_lower); }
extern "C" void molt_use_bytes_lstrip(void) { installMethod(kBytesMethods, "lstrip", b_lstrip); }
extern "C" void molt_use_bytes_partition(void) {
  installMethod(kBytesMethods, "partition", b_partition);
}
extern "C" void molt_use_bytes_removeprefix(void) {
  installMethod(kBytesMethods, "removeprefix", b_removeprefix);
}
extern "C" void molt_use_bytes_removesuffix(void) {
  installMethod(kBytesMethods, "removesuffix", b_removesuffix);
}
extern "C" void molt_use_bytes_replace(void) { installMethod(kBytesMethods, "replace", b_replace); }
extern "C" void molt_use_bytes_rfind(void) { installMethod(kBytesMethods, "rfind", b_rfind); }
extern "C" void molt_use_bytes_rindex(void) { installMethod(kBytesMethods, "rindex", b_rindex); }
extern "C" void molt_use_bytes_rjust(void) { installMethod(kBytesMethods, "rjust", b_rjust); }
extern "C" void molt_use_bytes_rpartition(void) {
  installMethod(kBytesMethods, "rpartition", b_rpartition);
}
extern "C" void molt_use_bytes_rsplit(void) { installMethod(kBytesMethods, "rsplit", b_rsplit); }
extern "C" void molt_use_bytes_rstrip(void) { installMethod(kBytesMethods, "rstrip", b_rstrip); }
extern "C" void molt_use_bytes_split(void) { installMethod(kBytesMethods, "split", b_split); }
extern "C" void molt_use_bytes_splitlines(void) {
  installMethod(kBytesMethods, "splitlines", b_splitlines);
}
extern "C" void molt_use_bytes_startswith(void) {
  installMethod(kBytesMethods, "startswith", b_startswith);
}
extern "C" void molt_use_bytes_strip(void) { installMethod(kBytesMethods, "strip", b_strip); }
extern "C" void molt_use_bytes_swapcase(void) {
  installMethod(kBytesMethods, "swapcase", b_swapcase);
}
extern "C" void molt_use_bytes_title(void) { installMethod(kBytesMethods, "title", b_title); }
extern "C" void molt_use_bytes_translate(void) {
  installMethod(kBytesMethods, "translate", b_translate);
}
extern "C" void molt_use_bytes_upper(void) { installMethod(kBytesMethods, "upper", b_upper); }
extern "C" void molt_use_bytes_zfill(void) { installMethod(kBytesMethods, "zfill", b_zfill); }
extern "C" void molt_use_bytes_fromhex(void) { installMethod(kBytesMethods, "fromhex", b_fromhex); }
extern "C" void molt_use_bytes_maketrans(void) {
  installMethod(kBytesMethods, "maketrans", b_maketrans);
}

// `mod` (printf-style formatting, bytes_format.cpp) is filled by
// molt_use_bytes_mod for programs that use the % operator
// (compiler/codegen/Features.cpp).
constinit NumberSlots kBytesNumber = [] {
  NumberSlots n{};
  n.add = bytesAdd;
  n.mul = bytesRepeat;
  return n;
}();

constexpr ContainerSlots kBytesContainer = [] {
  ContainerSlots c{};
  c.len = bytesLen;
  c.getitem = bytesGetItem;
  c.contains = bytesContains;
  return c;
}();

} // namespace

} // namespace molt::rt

using namespace molt::rt;

// bytes(x) as a call of the type (the `new_` slot) is filled by
// molt_use_bytes_new when the program can reach the bytes type object (Features.cpp).
MoltType molt_type_bytes = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "bytes",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(MoltBytes),
    .dealloc = bytesDealloc,
    .traverse = nullptr,
    .repr = bytesRepr,
    .str = nullptr,
    .hash = bytesHash,
    .richcompare = bytesimpl::bytesCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = bytesimpl::bytesIter,
    .iternext = nullptr,
    .number = &kBytesNumber,
    .container = &kBytesContainer,
    .methods = kBytesMethods,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "bytes(iterable_of_ints) -> bytes",
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

extern "C" MoltValue molt_const_bytes(const char *data, size_t len) {
  MoltValue v = bytesFromData(std::string_view(data, len));
  if (!molt_is_error(v)) makeImmortal(molt_ptr(v));
  return v;
}

extern "C" void molt_use_bytes_new(void) { molt_type_bytes.new_ = molt::rt::bytesNew; }

extern "C" void molt_use_bytes_mod(void) {
  molt::rt::kBytesNumber.mod = molt::rt::bytesimpl::bytesMod;
  molt::rt::bytesimpl::byteArrayInstallMod();
}
