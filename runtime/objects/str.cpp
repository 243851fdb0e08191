// The str type: representation, construction, interning, the type object
// and its slots (repr, hash, comparison, len, indexing, +, *, %, in,
// iteration). Methods are in str_methods.cpp, formatting in str_format.cpp.
#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "../core/core_internal.h"
#include "../core/flatmap.h"
#include "../core/textfmt.h"
#include "molt/hash.h"
#include "molt/strobject.h"
#include "str_internal.h"

namespace molt::rt {

namespace strimpl {
extern MethodDef kStrMethods[];
MoltValue strNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames);
} // namespace strimpl

using namespace strimpl;

namespace {

// Sparse UTF-8 indexes of long non-ASCII strs, built on first indexed access.
// A side table keeps the common (ASCII, short) str header small.
FlatMap<const MoltStr *, strops::Utf8Index *, PtrKeyHash> gIndexes;

void dropIndex(MoltStr *s) {
  strops::Utf8Index **index = gIndexes.find(s);
  if (index) delete *index;
  gIndexes.erase(s);
  s->hasIndex = 0;
}

// Allocates a str with room for `capacity` >= size bytes (data uninitialized except the NUL).
MoltStr *strAllocCap(int64_t size, int64_t capacity) {
  if (objectTooLarge(capacity)) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return nullptr;
  }
  MoltObject *o = allocObjectHead(&molt_type_str, offsetof(MoltStr, data) + size_t(capacity) + 1,
                                  offsetof(MoltStr, data));
  if (!o) return nullptr;
  MoltStr *s = reinterpret_cast<MoltStr *>(o);
  s->length = 0;
  s->size = size;
  s->hash = -1;
  s->grown = capacity != size; // only strIAdd asks for more (strGrowCapacity)
  s->ascii = 1;
  s->data[size] = 0;
  return s;
}

// Allocates a str of `size` bytes (data uninitialized except the NUL).
MoltStr *strAlloc(int64_t size) { return strAllocCap(size, size); }

} // namespace

MoltStr *strimpl::strAllocUninit(int64_t size) { return strAlloc(size); }

namespace {

MoltValue gEmpty = 0;
MoltValue gLatin1[256];

// Interned strs by their bytes (the key views the immortal str's data).
FlatMap<std::string_view, MoltValue, BytesKeyHash> gIntern;

} // namespace

// ---------------------------------------------------------------------------
// Construction

MoltValue strFromUtf8Known(std::string_view s, int64_t length, bool ascii) {
  if (s.empty()) return strEmpty();
  if (length == 1 && static_cast<unsigned char>(s[0]) < 0xC4) {
    size_t p = 0;
    char32_t c = strops::decodeNext(s, p);
    if (c < 256) return strFromChar(c);
  }
  MoltStr *o = strAlloc(int64_t(s.size()));
  if (!o) return MOLT_ERROR;
  std::memcpy(o->data, s.data(), s.size());
  o->length = length;
  o->ascii = ascii ? 1 : 0;
  return molt_from_ptr(o);
}

namespace {

// Recent short ASCII pieces (strFromAsciiPiece), direct-mapped by their
// text. Entries are weak: a cached str has `pieceCached` set and its
// dealloc clears its entry, so the cache keeps nothing alive and replacing
// an entry never touches the str it held (a cold object, in text of unique
// tokens).
struct PieceEntry {
  uint64_t a, b; // pieceKey's exact key; a is never 0 in a used entry
  MoltStr *str;
};
constexpr size_t kPieceCacheBits = 12;
constexpr size_t kPieceMax = 16;
PieceEntry gPieceCache[size_t(1) << kPieceCacheBits];
// Hits raise the credit by 3, misses lower it by 1 (bounded): a miss costs
// a probe, a hit saves an allocation, a free and a hash, so the cache pays
// while at least a quarter of the probes hit. Below zero (text of unique
// tokens) only every 16th piece probes.
int32_t gPieceCredit = 0;
uint32_t gPieceSkipped = 0;

// The exact key of 2..16 ASCII bytes: the first and last word (overlapping;
// 4 bytes below 8, three bytes below 4), which with the size determine every
// byte, and the size spread over bit 7 of a's first five bytes (0 in ASCII).
// No loop, no reads outside p[0, n).
inline void pieceKey(const char *p, size_t n, uint64_t &a, uint64_t &b) {
  if (n >= 8) {
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + n - 4, 4);
    a = x;
    b = y;
  } else {
    a = uint64_t(uint8_t(p[0])) | uint64_t(uint8_t(p[n / 2])) << 8 |
        uint64_t(uint8_t(p[n - 1])) << 16;
    b = 0;
  }
  uint64_t m = n;
  a |= (m & 1) << 7 | (m & 2) << 14 | (m & 4) << 21 | (m & 8) << 28 | (m & 16) << 35;
}

inline PieceEntry &pieceEntry(uint64_t a, uint64_t b) {
  uint64_t h = a * 0x9E3779B97F4A7C15ULL ^ b * 0xC2B2AE3D27D4EB4FULL;
  return gPieceCache[h >> (64 - kPieceCacheBits)];
}

// Called by strDealloc for a str with pieceCached set.
void pieceForget(MoltStr *s) {
  uint64_t a, b;
  pieceKey(s->data, size_t(s->size), a, b);
  PieceEntry &e = pieceEntry(a, b);
  if (e.str == s) e = PieceEntry{0, 0, nullptr};
}

} // namespace

MoltValue strFromAsciiPiece(std::string_view s) {
  size_t n = s.size();
  if (n < 2 || n > kPieceMax || (gPieceCredit < 0 && (++gPieceSkipped & 15) != 0))
    return strFromUtf8Known(s, int64_t(n), true);
  uint64_t a, b;
  pieceKey(s.data(), n, a, b);
  PieceEntry &e = pieceEntry(a, b);
  if (e.a == a && e.b == b) {
    if (gPieceCredit < 256) gPieceCredit += 3;
    return molt_newref(molt_from_ptr(e.str));
  }
  if (gPieceCredit > -32) gPieceCredit--;
  MoltValue v = strFromUtf8Known(s, int64_t(n), true);
  if (molt_is_error(v)) return v;
  MoltStr *o = as<MoltStr>(v);
  o->pieceCached = 1;
  e = PieceEntry{a, b, o};
  return v;
}

MoltValue strFromUtf8(std::string_view s) {
  bool ascii = strops::isAscii(s);
  return strFromUtf8Known(s, ascii ? int64_t(s.size()) : strops::codePointCount(s), ascii);
}

std::string_view strView(MoltValue s) {
  MoltStr *o = as<MoltStr>(s);
  return std::string_view(o->data, size_t(o->size));
}

bool isStr(MoltValue v) {
  if (!molt_is_ptr(v)) return false;
  MoltType *t = molt_ptr(v)->type;
  return t == &molt_type_str || (t->flags & kTypeStrSubclass) != 0;
}

MoltValue strEmpty() {
  if (!gEmpty) {
    MoltStr *o = strAlloc(0);
    if (!o) return MOLT_ERROR;
    makeImmortal(&o->ob);
    gEmpty = molt_from_ptr(o);
  }
  return gEmpty;
}

MoltValue strFromChar(char32_t c) {
  if (c < 256) {
    if (!gLatin1[c]) {
      std::string t;
      strops::appendUtf8(t, c);
      MoltStr *o = strAlloc(int64_t(t.size()));
      if (!o) return MOLT_ERROR;
      std::memcpy(o->data, t.data(), t.size());
      o->length = 1;
      o->ascii = c < 128;
      makeImmortal(&o->ob);
      gLatin1[c] = molt_from_ptr(o);
    }
    return gLatin1[c];
  }
  std::string t;
  strops::appendUtf8(t, c);
  MoltStr *o = strAlloc(int64_t(t.size()));
  if (!o) return MOLT_ERROR;
  std::memcpy(o->data, t.data(), t.size());
  o->length = 1;
  o->ascii = 0;
  return molt_from_ptr(o);
}

MoltValue internStr(std::string_view s) {
  if (MoltValue *known = gIntern.find(s)) return *known;
  MoltValue v;
  if (s.empty()) {
    v = strEmpty();
  } else {
    bool ascii = strops::isAscii(s);
    int64_t len = ascii ? int64_t(s.size()) : strops::codePointCount(s);
    v = MOLT_ERROR;
    if (len == 1) {
      size_t p = 0;
      char32_t ch = strops::decodeNext(s, p);
      if (ch < 256) v = strFromChar(ch);
    }
    if (v == MOLT_ERROR) {
      MoltStr *o = strAlloc(int64_t(s.size()));
      if (!o) return MOLT_ERROR;
      std::memcpy(o->data, s.data(), s.size());
      o->length = len;
      o->ascii = ascii;
      makeImmortal(&o->ob);
      v = molt_from_ptr(o);
    }
  }
  as<MoltStr>(v)->interned = 1;
  if (!gIntern.insert(strView(v), v)) return molt_raise_fmt(&molt_type_MemoryError, "");
  return v;
}

strops::StrRef strRef(MoltValue s) {
  MoltStr *o = as<MoltStr>(s);
  std::string_view b(o->data, size_t(o->size));
  if (o->ascii) return strops::StrRef{b, o->length, true, nullptr};
  strops::Utf8Index *index = nullptr;
  if (o->hasIndex) {
    index = *gIndexes.find(o);
  } else if (o->length > 2 * strops::Utf8Index::kStride) {
    index = new (std::nothrow) strops::Utf8Index(strops::Utf8Index::build(b));
    if (index && gIndexes.insert(o, index)) {
      o->hasIndex = 1;
    } else {
      delete index; // out of memory: indexing walks the str instead
      index = nullptr;
    }
  }
  return strops::StrRef{b, o->length, false, index};
}

int64_t strHash(MoltValue s) {
  MoltStr *o = as<MoltStr>(s);
  if (o->hash == -1) {
    if (o->ascii)
      o->hash = hashStrUtf8(o->data, size_t(o->size), o->size ? 0x7F : 0);
    else
      o->hash = hashStrUtf8(o->data, size_t(o->size));
  }
  return o->hash;
}

// ---------------------------------------------------------------------------
// Private helpers shared by the string objects

namespace strimpl {

MoltValue raise(MoltType *type, const std::string &msg) {
  return molt_raise_fmt(type, "%s", msg.c_str());
}
int raiseInt(MoltType *type, const std::string &msg) {
  molt_raise_fmt(type, "%s", msg.c_str());
  return -1;
}

// An int value that does not fit int64: its sign (1 / -1) or 0 on error.
static int bigSign(MoltValue v) {
  int lt = molt_compare_bool(v, molt_small_int(0), MOLT_LT);
  if (lt < 0) return 0;
  return lt ? -1 : 1;
}

int intArg(MoltValue v, int64_t &out) {
  if (molt_is_small_int(v)) {
    out = molt_small_int_val(v);
    return 0;
  }
  return indexAsI64(v, &out);
}

int optIndexArg(MoltValue v, std::optional<int64_t> &out) {
  if (v == MOLT_UNBOUND || v == MOLT_NONE) {
    out.reset();
    return 0;
  }
  if (molt_is_small_int(v)) {
    out = molt_small_int_val(v);
    return 0;
  }
  if (!isIntLike(v) && !(molt_type_of(v)->number && molt_type_of(v)->number->index))
    return raiseInt(&molt_type_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
  int64_t x;
  if (indexAsI64(v, &x) == 0) {
    out = x;
    return 0;
  }
  MoltValue e = molt_err_fetch();
  if (molt_err_matches(e, molt_from_ptr(&molt_type_OverflowError)) == 1) {
    molt_decref(e);
    int s = bigSign(v);
    if (s == 0) return -1;
    out = s > 0 ? INT64_MAX : INT64_MIN;
    return 0;
  }
  molt_err_restore(e);
  molt_decref(e);
  return -1;
}

int sliceArg(MoltValue key, int64_t length, strops::SliceIndices &out) {
  if (!isSlice(key)) return 0;
  if (sliceIndices(key, length, &out.start, &out.stop, &out.step, &out.slicelength) < 0) return -1;
  return 1;
}

int parseArgs(const ArgSpec &spec, const MoltValue *args, size_t nargs, MoltValue kwnames,
              MoltValue *out) {
  size_t nkw = kwnames == MOLT_NONE || kwnames == 0 ? 0 : size_t(tupleSize(kwnames));
  for (int i = 0; i < spec.maxArgs; i++)
    out[i] = MOLT_UNBOUND;
  char buf[200];
  if (nkw && spec.style != ArgStyle::Keywords) {
    formatBuf(buf, sizeof buf, "%s.%s() takes no keyword arguments", spec.owner, spec.name);
    return raiseInt(&molt_type_TypeError, buf);
  }
  int n = int(nargs);
  switch (spec.style) {
  case ArgStyle::NoArgs:
    if (n) {
      formatBuf(buf, sizeof buf, "%s.%s() takes no arguments (%d given)", spec.owner, spec.name, n);
      return raiseInt(&molt_type_TypeError, buf);
    }
    return 0;
  case ArgStyle::OneArg:
    if (n != 1) {
      formatBuf(buf, sizeof buf, "%s.%s() takes exactly one argument (%d given)", spec.owner,
                spec.name, n);
      return raiseInt(&molt_type_TypeError, buf);
    }
    break;
  case ArgStyle::Positional:
    if (n < spec.minArgs || n > spec.maxArgs) {
      if (spec.minArgs == spec.maxArgs)
        formatBuf(buf, sizeof buf, "%s expected %d argument%s, got %d", spec.name, spec.minArgs,
                  spec.minArgs == 1 ? "" : "s", n);
      else if (n < spec.minArgs)
        formatBuf(buf, sizeof buf, "%s expected at least %d argument%s, got %d", spec.name,
                  spec.minArgs, spec.minArgs == 1 ? "" : "s", n);
      else
        formatBuf(buf, sizeof buf, "%s expected at most %d argument%s, got %d", spec.name,
                  spec.maxArgs, spec.maxArgs == 1 ? "" : "s", n);
      return raiseInt(&molt_type_TypeError, buf);
    }
    break;
  case ArgStyle::OldStyle:
  case ArgStyle::Keywords:
    if (n > spec.maxArgs) {
      formatBuf(buf, sizeof buf, "%s() takes at most %d argument%s (%d given)", spec.name,
                spec.maxArgs, spec.maxArgs == 1 ? "" : "s", n);
      return raiseInt(&molt_type_TypeError, buf);
    }
    if (spec.style == ArgStyle::OldStyle && n < spec.minArgs) {
      formatBuf(buf, sizeof buf, "%s() takes at least %d argument%s (%d given)", spec.name,
                spec.minArgs, spec.minArgs == 1 ? "" : "s", n);
      return raiseInt(&molt_type_TypeError, buf);
    }
    break;
  }
  for (int i = 0; i < n; i++)
    out[i] = args[i];
  for (size_t k = 0; k < nkw; k++) {
    std::string_view kn = strView(tupleItem(kwnames, int64_t(k)));
    int found = -1;
    for (int i = spec.posOnly; i < spec.maxArgs; i++)
      if (kn == spec.names[i]) found = i;
    if (found < 0) {
      formatBuf(buf, sizeof buf, "'%.*s' is an invalid keyword argument for %s()", int(kn.size()),
                kn.data(), spec.name);
      return raiseInt(&molt_type_TypeError, buf);
    }
    if (out[found] != MOLT_UNBOUND) {
      formatBuf(buf, sizeof buf, "argument for %s() given by name ('%s') and position (%d)",
                spec.name, spec.names[found], found + 1);
      return raiseInt(&molt_type_TypeError, buf);
    }
    out[found] = args[nargs + k];
  }
  if (spec.style == ArgStyle::Keywords) {
    for (int i = 0; i < spec.minArgs; i++)
      if (out[i] == MOLT_UNBOUND) {
        if (i < spec.posOnly)
          formatBuf(buf, sizeof buf, "%s() takes at least %d positional argument%s (%d given)",
                    spec.name, spec.posOnly, spec.posOnly == 1 ? "" : "s", n);
        else
          formatBuf(buf, sizeof buf, "%s() missing required argument '%s' (pos %d)", spec.name,
                    spec.names[i], i + 1);
        return raiseInt(&molt_type_TypeError, buf);
      }
  }
  return 0;
}

int errorHandler(std::string_view e) {
  if (e == "strict") return 0;
  if (e == "ignore") return 1;
  if (e == "replace") return 2;
  if (e == "backslashreplace") return 3;
  if (e == "surrogateescape") return 4;
  if (e == "surrogatepass") return 5;
  if (e == "xmlcharrefreplace") return 6;
  return -1;
}

int encodingId(std::string_view enc) {
  std::string n;
  for (char c : enc) {
    char d = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    if (d == '-' || d == ' ') d = '_';
    n.push_back(d);
  }
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return 0;
  if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us") return 1;
  if (n == "latin_1" || n == "latin1" || n == "iso_8859_1" || n == "iso8859_1" || n == "8859" ||
      n == "cp819" || n == "l1" || n == "latin" || n == "iso_ir_100")
    return 2;
  return -1;
}

} // namespace strimpl

// ---------------------------------------------------------------------------
// Slots

namespace {

void strDealloc(MoltObject *o) {
  MoltStr *s = reinterpret_cast<MoltStr *>(o);
  if (s->hasIndex) dropIndex(s);
  if (s->pieceCached) pieceForget(s);
  freeObject(o);
}

MoltValue strRepr(MoltValue v) {
  std::string out;
  strops::repr(strView(v), out);
  return strFromUtf8(out);
}

MoltValue strStr(MoltValue v) {
  if (isExact(v, &molt_type_str)) return molt_newref(v);
  MoltStr *o = as<MoltStr>(v);
  return strFromUtf8Known(strView(v), o->length, o->ascii);
}

int strHashSlot(MoltValue v, int64_t *out) {
  *out = strHash(v);
  return 0;
}

MoltValue strRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isStr(a) || !isStr(b)) return molt_not_implemented();
  if (op == MOLT_EQ || op == MOLT_NE) {
    bool eq;
    if (a == b) {
      eq = true;
    } else {
      MoltStr *x = as<MoltStr>(a), *y = as<MoltStr>(b);
      if (x->size != y->size || (x->interned && y->interned))
        eq = false;
      else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        eq = false;
      else
        eq = std::memcmp(x->data, y->data, size_t(x->size)) == 0;
    }
    return molt_bool(op == MOLT_EQ ? eq : !eq);
  }
  int c = strops::compare(strView(a), strView(b));
  bool r = false;
  switch (op) {
  case MOLT_LT:
    r = c < 0;
    break;
  case MOLT_LE:
    r = c <= 0;
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

int64_t strLen(MoltValue v) { return as<MoltStr>(v)->length; }

MoltValue strGetItem(MoltValue s, MoltValue k) {
  MoltStr *o = as<MoltStr>(s);
  if (molt_is_small_int(k) || (molt_is_ptr(k) && isIntLike(k))) {
    int64_t i;
    if (molt_is_small_int(k)) {
      i = molt_small_int_val(k);
    } else if (indexAsI64(k, &i) < 0) {
      MoltValue e = molt_err_fetch();
      if (molt_err_matches(e, molt_from_ptr(&molt_type_OverflowError)) == 1) {
        molt_decref(e);
        return raise(&molt_type_IndexError, "cannot fit 'int' into an index-sized integer");
      }
      molt_err_restore(e);
      molt_decref(e);
      return MOLT_ERROR;
    }
    if (i < 0) i += o->length;
    if (i < 0 || i >= o->length) return raise(&molt_type_IndexError, "string index out of range");
    if (o->ascii) return strFromChar(static_cast<unsigned char>(o->data[i]));
    return strFromChar(strops::charAt(strRef(s), i));
  }
  if (molt_is_bool(k)) {
    int64_t i = k & 1;
    if (i >= o->length) return raise(&molt_type_IndexError, "string index out of range");
    return strFromChar(strops::charAt(strRef(s), i));
  }
  strops::SliceIndices si;
  int r = sliceArg(k, o->length, si);
  if (r < 0) return MOLT_ERROR;
  if (r == 0) {
    MoltType *kt = molt_type_of(k);
    if (kt->number && kt->number->index) {
      MoltValue iv = kt->number->index(k);
      if (molt_is_error(iv)) return MOLT_ERROR;
      MoltValue res = strGetItem(s, iv);
      molt_decref(iv);
      return res;
    }
    return raise(&molt_type_TypeError, "string indices must be integers, not '" + tn(k) + "'");
  }
  if (si.step == 1 && si.start == 0 && si.slicelength == o->length && isExact(s, &molt_type_str))
    return molt_newref(s);
  if (si.slicelength <= 0) return strEmpty();
  std::string out;
  strops::StrRef ref = strRef(s);
  strops::slice(ref, si, out);
  return strFromUtf8Known(out, si.slicelength, o->ascii || out.size() == size_t(si.slicelength));
}

int strContains(MoltValue s, MoltValue item) {
  if (!isStr(item))
    return raiseInt(&molt_type_TypeError,
                    "'in <string>' requires string as left operand, not " + tn(item));
  return strops::contains(strView(s), strView(item)) ? 1 : 0;
}

bool isBuiltinType(MoltType *t) { return (t->flags & kTypeImmutable) != 0; }

MoltValue strConcat2(MoltValue a, MoltValue b) {
  MoltStr *x = as<MoltStr>(a), *y = as<MoltStr>(b);
  if (y->size == 0 && isExact(a, &molt_type_str)) return molt_newref(a);
  if (x->size == 0 && isExact(b, &molt_type_str)) return molt_newref(b);
  MoltStr *o = strAlloc(x->size + y->size);
  if (!o) return MOLT_ERROR;
  std::memcpy(o->data, x->data, size_t(x->size));
  std::memcpy(o->data + x->size, y->data, size_t(y->size));
  o->length = x->length + y->length;
  o->ascii = x->ascii && y->ascii;
  return molt_from_ptr(o);
}

} // namespace

MoltValue strConcat(MoltValue a, MoltValue b) { return strConcat2(a, b); }

namespace {

MoltValue strAdd(MoltValue a, MoltValue b) {
  if (!isStr(a)) return molt_not_implemented();
  if (!isStr(b)) {
    if (!isBuiltinType(molt_type_of(b))) return molt_not_implemented();
    return raise(&molt_type_TypeError, "can only concatenate str (not \"" + tn(b) + "\") to str");
  }
  return strConcat2(a, b);
}

// `a += b`: when the caller holds the only reference to a (an exact, non-interned str),
// appends in place into spare capacity; otherwise builds the result with spare room so a
// loop of += runs in amortized linear time (CPython's in-place resize, without moving).
MoltValue strIAdd(MoltValue a, MoltValue b) {
  if (!isExact(a, &molt_type_str) || !isStr(b)) return molt_not_implemented();
  MoltStr *x = as<MoltStr>(a), *y = as<MoltStr>(b);
  if (y->size == 0) return molt_newref(a);
  int64_t need = x->size + y->size;
  if (x->ob.refcnt == 1 && !x->interned && x->grown && need <= strGrowCapacity(x->size)) {
    std::memcpy(x->data + x->size, y->data, size_t(y->size));
    x->size = need;
    x->data[need] = 0;
    x->length += y->length;
    x->ascii = x->ascii && y->ascii;
    x->hash = -1;
    if (x->hasIndex) dropIndex(x);
    return molt_newref(a);
  }
  if (x->size == 0) return molt_not_implemented();
  // Spare room, unless the doubled capacity is more than an object may span
  // (a 1 GiB str on wasm32): then exactly the result, like CPython.
  int64_t capacity = strGrowCapacity(need);
  bool grow = !objectTooLarge(capacity);
  MoltStr *o = strAllocCap(need, grow ? capacity : need);
  if (!o) return MOLT_ERROR;
  o->grown = grow; // even when need is exactly a power of two
  std::memcpy(o->data, x->data, size_t(x->size));
  std::memcpy(o->data + x->size, y->data, size_t(y->size));
  o->length = x->length + y->length;
  o->ascii = x->ascii && y->ascii;
  return molt_from_ptr(o);
}

MoltValue strRepeat(MoltValue s, int64_t n) {
  MoltStr *x = as<MoltStr>(s);
  if (n <= 0 || x->size == 0) return strEmpty();
  if (n == 1 && isExact(s, &molt_type_str)) return molt_newref(s);
  if (x->size > INT64_MAX / n) // past CPython's Py_ssize_t
    return raise(&molt_type_OverflowError, "repeated string is too long");
  int64_t total = x->size * n;
  if (objectTooLarge(total)) return raise(&molt_type_MemoryError, "");
  MoltStr *o = strAlloc(total);
  if (!o) return MOLT_ERROR;
  if (x->size == 1) {
    std::memset(o->data, x->data[0], size_t(n));
  } else {
    std::memcpy(o->data, x->data, size_t(x->size));
    int64_t done = x->size;
    while (done < total) {
      int64_t chunk = done < total - done ? done : total - done;
      std::memcpy(o->data + done, o->data, size_t(chunk));
      done += chunk;
    }
  }
  o->length = x->length * n;
  o->ascii = x->ascii;
  return molt_from_ptr(o);
}

MoltValue strMul(MoltValue a, MoltValue b) {
  MoltValue s = isStr(a) ? a : b, other = isStr(a) ? b : a;
  MoltType *ot = molt_type_of(other);
  if (!isIntLike(other) && !(ot->number && ot->number->index)) {
    if (!isBuiltinType(ot)) return molt_not_implemented();
    return raise(&molt_type_TypeError,
                 "can't multiply sequence by non-int of type '" + tn(other) + "'");
  }
  int64_t n;
  if (molt_is_small_int(other)) {
    n = molt_small_int_val(other);
  } else if (indexAsI64(other, &n) < 0) {
    MoltValue e = molt_err_fetch();
    if (molt_err_matches(e, molt_from_ptr(&molt_type_OverflowError)) == 1) {
      molt_decref(e);
      return raise(&molt_type_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    molt_err_restore(e);
    molt_decref(e);
    return MOLT_ERROR;
  }
  return strRepeat(s, n);
}

MoltValue strMod(MoltValue a, MoltValue b) {
  if (!isStr(a)) return molt_not_implemented();
  return strPercentFormat(a, b);
}

// str_iterator

struct StrIter {
  MoltObject ob;
  MoltValue str; // MOLT_NONE when exhausted
  int64_t pos;   // byte offset
};

void strIterDealloc(MoltObject *o) {
  StrIter *it = reinterpret_cast<StrIter *>(o);
  molt_decref(it->str);
  freeObject(o);
}
void strIterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  StrIter *it = reinterpret_cast<StrIter *>(o);
  if (molt_is_ptr(it->str)) visit(it->str, arg);
}
MoltValue strIterSelf(MoltValue it) { return molt_newref(it); }

MoltValue strIterNext(MoltValue v) {
  StrIter *it = as<StrIter>(v);
  if (it->str == MOLT_NONE) return MOLT_STOP;
  MoltStr *s = as<MoltStr>(it->str);
  if (it->pos >= s->size) {
    molt_decref(it->str);
    it->str = MOLT_NONE;
    return MOLT_STOP;
  }
  if (s->ascii) return strFromChar(static_cast<unsigned char>(s->data[it->pos++]));
  size_t p = size_t(it->pos);
  char32_t c = strops::decodeNext(std::string_view(s->data, size_t(s->size)), p);
  it->pos = int64_t(p);
  return strFromChar(c);
}

} // namespace

MoltType molt_type_str_iterator_ = {}; // filled below (private type)

namespace {

MoltValue strIter(MoltValue s) {
  MoltObject *o = allocObject(&molt_type_str_iterator_, sizeof(StrIter));
  if (!o) return MOLT_ERROR;
  StrIter *it = reinterpret_cast<StrIter *>(o);
  it->str = molt_newref(s);
  it->pos = 0;
  return molt_from_ptr(o);
}

// `mod` (printf-style formatting, str_format.cpp) is filled by molt_use_str_mod
// for programs that use the % operator (compiler/codegen/Features.cpp).
constinit NumberSlots kStrNumber = [] {
  NumberSlots n{};
  n.add = strAdd;
  n.iadd = strIAdd;
  n.mul = strMul;
  return n;
}();

constexpr ContainerSlots kStrContainer = [] {
  ContainerSlots c{};
  c.len = strLen;
  c.getitem = strGetItem;
  c.contains = strContains;
  return c;
}();

struct StrIterTypeInit {
  StrIterTypeInit() {
    MoltType &t = molt_type_str_iterator_;
    t.ob.refcnt = MOLT_IMMORTAL_REFCNT;
    t.ob.type = &molt_type_type;
    t.name = "str_ascii_iterator";
    t.base = &molt_type_object;
    t.flags = kTypeImmutable;
    t.basicsize = sizeof(StrIter);
    t.dealloc = strIterDealloc;
    t.traverse = strIterTraverse;
    t.iter = strIterSelf;
    t.iternext = strIterNext;
    t.dict = MOLT_NONE;
    t.mro = MOLT_NONE;
  }
} gStrIterTypeInit;

} // namespace

} // namespace molt::rt

using namespace molt::rt;

// str(x) as a call of the type (the `new_` slot) is filled by molt_use_str_new
// when the program can reach the str type object (Features.cpp).
MoltType molt_type_str = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "str",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable | kTypeStrSubclass,
    .basicsize = sizeof(MoltStr),
    .dealloc = strDealloc,
    .traverse = nullptr,
    .repr = strRepr,
    .str = strStr,
    .hash = strHashSlot,
    .richcompare = strRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = strIter,
    .iternext = nullptr,
    .number = &kStrNumber,
    .container = &kStrContainer,
    .methods = molt::rt::strimpl::kStrMethods,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

// ---------------------------------------------------------------------------
// C ABI

MoltValue molt::rt::cstr(const char *s) {
  struct Entry {
    const char *p;
    MoltValue v;
  };
  static Entry cache[512];
  Entry &e = cache[((uintptr_t)s >> 3) & 511];
  if (e.p == s) {
    const MoltStr *m = as<MoltStr>(e.v);
    if (std::memcmp(m->data, s, size_t(m->size)) == 0 && s[m->size] == '\0') return e.v;
  }
  MoltValue v = internStr(std::string_view(s, strlen(s)));
  if (!molt_is_error(v)) e = Entry{s, v};
  return v;
}

extern "C" MoltValue molt_const_str(const char *utf8, size_t len) {
  return internStr(std::string_view(utf8, len));
}

extern "C" MoltValue molt_str_concat(const MoltValue *parts, size_t n) {
  if (n == 0) return strEmpty();
  if (n == 1 && isExact(parts[0], &molt_type_str)) return molt_newref(parts[0]);
  int64_t size = 0, length = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    MoltStr *p = as<MoltStr>(parts[i]);
    size += p->size;
    length += p->length;
    ascii = ascii && p->ascii;
  }
  if (size == 0) return strEmpty();
  if (length == 1) {
    for (size_t i = 0; i < n; i++)
      if (as<MoltStr>(parts[i])->size) return strFromUtf8Known(strView(parts[i]), 1, ascii);
  }
  MoltStr *o = strAlloc(size);
  if (!o) return MOLT_ERROR;
  o->length = length;
  o->ascii = ascii;
  char *d = o->data;
  for (size_t i = 0; i < n; i++) {
    MoltStr *p = as<MoltStr>(parts[i]);
    std::memcpy(d, p->data, size_t(p->size));
    d += p->size;
  }
  *d = 0;
  return molt_from_ptr(o);
}

extern "C" void molt_use_str_mod(void) { molt::rt::kStrNumber.mod = molt::rt::strMod; }

extern "C" void molt_use_str_new(void) { molt_type_str.new_ = molt::rt::strimpl::strNew; }
