// The bytearray type: a mutable byte buffer. Shares the read-only methods
// with bytes (bytes.cpp, bytesimpl); adds the mutating ones, item and slice
// assignment, += and *=.
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../core/textfmt.h"
#include "molt/strobject.h"
#include "str_internal.h"

namespace molt::rt {

using namespace strimpl;
using namespace bytesimpl;

namespace {

// Ensures room for n bytes (+ NUL): 0 or -1 (MemoryError).
int reserve(MoltByteArray *b, int64_t n) {
  if (n + 1 <= b->capacity) return 0;
  int64_t cap = b->capacity < 16 ? 16 : b->capacity;
  while (cap < n + 1)
    cap += cap / 2 + 8;
  char *d = static_cast<char *>(std::realloc(b->data, size_t(cap)));
  if (!d) return raiseInt(&molt_type_MemoryError, "");
  b->data = d;
  b->capacity = cap;
  return 0;
}

// Replaces the content with data.
int assign(MoltByteArray *b, std::string_view data) {
  if (reserve(b, int64_t(data.size())) < 0) return -1;
  if (!data.empty()) std::memmove(b->data, data.data(), data.size());
  b->size = int64_t(data.size());
  b->data[b->size] = 0;
  return 0;
}

// Replaces bytes [start, start + len) by repl.
int spliceBytes(MoltByteArray *b, int64_t start, int64_t len, std::string_view repl) {
  std::string tmp(repl); // repl may alias our buffer
  int64_t newSize = b->size - len + int64_t(tmp.size());
  if (reserve(b, newSize) < 0) return -1;
  std::memmove(b->data + start + tmp.size(), b->data + start + len, size_t(b->size - start - len));
  if (!tmp.empty()) std::memcpy(b->data + start, tmp.data(), tmp.size());
  b->size = newSize;
  b->data[b->size] = 0;
  return 0;
}

} // namespace

bool isByteArray(MoltValue v) {
  return molt_is_ptr(v) && isSubtype(molt_ptr(v)->type, &molt_type_bytearray);
}

MoltValue byteArrayFromData(std::string_view data) {
  MoltObject *o = allocObject(&molt_type_bytearray, sizeof(MoltByteArray));
  if (!o) return MOLT_ERROR;
  MoltByteArray *b = reinterpret_cast<MoltByteArray *>(o);
  b->size = 0;
  b->capacity = 0;
  b->data = nullptr;
  if (!data.empty() && assign(b, data) < 0) {
    molt_decref(molt_from_ptr(o));
    return MOLT_ERROR;
  }
  return molt_from_ptr(o);
}

namespace {

MoltByteArray *BA(MoltValue v) { return as<MoltByteArray>(v); }

void baDealloc(MoltObject *o) {
  std::free(reinterpret_cast<MoltByteArray *>(o)->data);
  freeObject(o);
}

MoltValue baRepr(MoltValue v) {
  std::string out = std::string(molt_type_of(v)->name) + "(b";
  reprBody(byteArrayView(v), out, true);
  out.push_back(')');
  return strFromUtf8(out);
}

int64_t baLen(MoltValue v) { return BA(v)->size; }

MoltValue baGetItem(MoltValue s, MoltValue k) {
  std::string_view d = byteArrayView(s);
  if (molt_is_small_int(k)) {
    // b[i]: the common case without the index protocol.
    int64_t i = molt_small_int_val(k), n = int64_t(d.size());
    if (i < 0) i += n;
    if (uint64_t(i) < uint64_t(n)) return molt_small_int(static_cast<unsigned char>(d[size_t(i)]));
  }
  MoltType *kt = molt_type_of(k);
  if (!molt_is_float(k) && (isIntLike(k) || (kt->number && kt->number->index))) {
    int64_t i;
    if (byteIndex(k, int64_t(d.size()), i, "bytearray index out of range") < 0) return MOLT_ERROR;
    return molt_small_int(static_cast<unsigned char>(d[size_t(i)]));
  }
  strops::SliceIndices si;
  int r = sliceArg(k, int64_t(d.size()), si);
  if (r < 0) return MOLT_ERROR;
  if (r == 0)
    return raise(&molt_type_TypeError,
                 "bytearray indices must be integers or slices, not " + tn(k));
  std::string out;
  for (int64_t i = 0, j = si.start; i < si.slicelength; i++, j += si.step)
    out.push_back(d[size_t(j)]);
  return byteArrayFromData(out);
}

// The bytes of a value assigned to a slice.
int sliceSource(MoltValue v, std::string &out) {
  std::string_view d;
  if (bytesLikeView(v, d)) {
    out.assign(d);
    return 0;
  }
  MoltType *t = molt_type_of(v);
  if (isStr(v) || isIntLike(v) || molt_is_float(v) ||
      (!t->iter && !(t->container && t->container->getitem)))
    return raiseInt(&molt_type_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return forEach(v, [&](MoltValue item) -> int {
    unsigned char c;
    if (byteValue(item, c) < 0) return -1;
    out.push_back(char(c));
    return 0;
  });
}

int baSetItem(MoltValue s, MoltValue k, MoltValue v) {
  MoltByteArray *b = BA(s);
  MoltType *kt = molt_type_of(k);
  if (!molt_is_float(k) && (isIntLike(k) || (kt->number && kt->number->index))) {
    int64_t i;
    if (byteIndex(k, b->size, i, "bytearray index out of range") < 0) return -1;
    if (v == MOLT_UNBOUND) return spliceBytes(b, i, 1, "");
    unsigned char c;
    if (byteValue(v, c) < 0) return -1;
    b->data[i] = char(c);
    return 0;
  }
  strops::SliceIndices si;
  int r = sliceArg(k, b->size, si);
  if (r < 0) return -1;
  if (r == 0)
    return raiseInt(&molt_type_TypeError,
                    "bytearray indices must be integers or slices, not " + tn(k));
  if (v == MOLT_UNBOUND) {
    if (si.step == 1) return spliceBytes(b, si.start, si.slicelength, "");
    std::string keep;
    std::vector<bool> del(size_t(b->size), false);
    for (int64_t i = 0, j = si.start; i < si.slicelength; i++, j += si.step)
      del[size_t(j)] = true;
    for (int64_t i = 0; i < b->size; i++)
      if (!del[size_t(i)]) keep.push_back(b->data[i]);
    return assign(b, keep);
  }
  std::string src;
  if (sliceSource(v, src) < 0) return -1;
  if (si.step == 1) {
    int64_t len = si.slicelength < 0 ? 0 : si.slicelength;
    return spliceBytes(b, si.start, len, src);
  }
  if (int64_t(src.size()) != si.slicelength) {
    char buf[120];
    formatBuf(buf, sizeof buf, "attempt to assign bytes of size %zu to extended slice of size %lld",
              src.size(), (long long)si.slicelength);
    return raiseInt(&molt_type_ValueError, buf);
  }
  for (int64_t i = 0, j = si.start; i < si.slicelength; i++, j += si.step)
    b->data[j] = src[size_t(i)];
  return 0;
}

MoltValue baAdd(MoltValue a, MoltValue b) {
  if (!isByteArray(a)) return molt_not_implemented();
  std::string_view y;
  if (!bytesLikeView(b, y)) {
    if (!(molt_type_of(b)->flags & kTypeImmutable)) return molt_not_implemented();
    return raise(&molt_type_TypeError, "can't concat " + tn(b) + " to bytearray");
  }
  std::string out(byteArrayView(a));
  out.append(y);
  return byteArrayFromData(out);
}

MoltValue baIAdd(MoltValue a, MoltValue b) {
  if (!isByteArray(a)) return molt_not_implemented();
  std::string_view y;
  if (!bytesLikeView(b, y)) {
    if (!(molt_type_of(b)->flags & kTypeImmutable)) return molt_not_implemented();
    return raise(&molt_type_TypeError, "can't concat " + tn(b) + " to bytearray");
  }
  MoltByteArray *x = BA(a);
  if (spliceBytes(x, x->size, 0, y) < 0) return MOLT_ERROR;
  return molt_newref(a);
}

MoltValue baIMul(MoltValue a, MoltValue b) {
  if (!isByteArray(a)) return molt_not_implemented();
  MoltValue r = bytesRepeat(a, b);
  if (molt_is_error(r) || !isByteArray(r)) return r;
  int rc = assign(BA(a), byteArrayView(r));
  molt_decref(r);
  if (rc < 0) return MOLT_ERROR;
  return molt_newref(a);
}

#define METHOD(fname)                                                                              \
  MoltValue ba_##fname(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw)
#define PARSE(style, nm, mn, mx, out)                                                              \
  MoltValue self = argv[0];                                                                        \
  ArgSpec spec{nm, "bytearray", style, mn, mx};                                                    \
  if (parseArgs(spec, argv + 1, nargv - 1, kw, out) < 0) return MOLT_ERROR

METHOD(append) {
  MoltValue a[1];
  PARSE(ArgStyle::OneArg, "append", 1, 1, a);
  unsigned char c;
  if (byteValue(a[0], c) < 0) return MOLT_ERROR;
  char ch = char(c);
  if (spliceBytes(BA(self), BA(self)->size, 0, std::string_view(&ch, 1)) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

METHOD(extend) {
  MoltValue a[1];
  PARSE(ArgStyle::OneArg, "extend", 1, 1, a);
  std::string src;
  std::string_view d;
  if (bytesLikeView(a[0], d)) {
    src.assign(d);
  } else {
    MoltType *t = molt_type_of(a[0]);
    if (!t->iter && !(t->container && t->container->getitem))
      return raise(&molt_type_TypeError, "can't extend bytearray with " + tn(a[0]));
    if (forEach(a[0], [&](MoltValue item) -> int {
          unsigned char c;
          if (byteValue(item, c) < 0) return -1;
          src.push_back(char(c));
          return 0;
        }) < 0)
      return MOLT_ERROR;
  }
  if (spliceBytes(BA(self), BA(self)->size, 0, src) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

METHOD(pop) {
  MoltValue a[1];
  PARSE(ArgStyle::Positional, "pop", 0, 1, a);
  MoltByteArray *b = BA(self);
  int64_t i = -1;
  if (a[0] != MOLT_UNBOUND && intArg(a[0], i) < 0) return MOLT_ERROR;
  if (b->size == 0) return raise(&molt_type_IndexError, "pop from empty bytearray");
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) return raise(&molt_type_IndexError, "pop index out of range");
  unsigned char c = static_cast<unsigned char>(b->data[i]);
  if (spliceBytes(b, i, 1, "") < 0) return MOLT_ERROR;
  return molt_small_int(c);
}

METHOD(insert) {
  MoltValue a[2];
  PARSE(ArgStyle::Positional, "insert", 2, 2, a);
  MoltByteArray *b = BA(self);
  int64_t i;
  unsigned char c;
  if (intArg(a[0], i) < 0 || byteValue(a[1], c) < 0) return MOLT_ERROR;
  if (i < 0) {
    i += b->size;
    if (i < 0) i = 0;
  }
  if (i > b->size) i = b->size;
  char ch = char(c);
  if (spliceBytes(b, i, 0, std::string_view(&ch, 1)) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

METHOD(remove) {
  MoltValue a[1];
  PARSE(ArgStyle::OneArg, "remove", 1, 1, a);
  unsigned char c;
  if (byteValue(a[0], c) < 0) return MOLT_ERROR;
  MoltByteArray *b = BA(self);
  for (int64_t i = 0; i < b->size; i++)
    if (static_cast<unsigned char>(b->data[i]) == c) {
      if (spliceBytes(b, i, 1, "") < 0) return MOLT_ERROR;
      return MOLT_NONE;
    }
  return raise(&molt_type_ValueError, "value not found in bytearray");
}

METHOD(clear) {
  MoltValue a[1];
  PARSE(ArgStyle::NoArgs, "clear", 0, 0, a);
  MoltByteArray *b = BA(self);
  std::free(b->data);
  b->data = nullptr;
  b->size = b->capacity = 0;
  return MOLT_NONE;
}

METHOD(reverse) {
  MoltValue a[1];
  PARSE(ArgStyle::NoArgs, "reverse", 0, 0, a);
  MoltByteArray *b = BA(self);
  for (int64_t i = 0, j = b->size - 1; i < j; i++, j--) {
    char t = b->data[i];
    b->data[i] = b->data[j];
    b->data[j] = t;
  }
  return MOLT_NONE;
}

METHOD(copy) {
  MoltValue a[1];
  PARSE(ArgStyle::NoArgs, "copy", 0, 0, a);
  return byteArrayFromData(byteArrayView(self));
}

#undef METHOD
#undef PARSE

const char *const kBANewNames[] = {"source", "encoding", "errors"};
MoltValue baNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  (void)type; // a subclass instance is made from this one (heaptype.cpp, retypeBuiltin)
  ArgSpec spec{"bytearray", "bytearray", ArgStyle::Keywords, 0, 3, kBANewNames};
  MoltValue a[3];
  if (parseArgs(spec, args, nargs, kwnames, a) < 0) return MOLT_ERROR;
  if (a[0] == MOLT_UNBOUND) {
    if (a[1] != MOLT_UNBOUND || a[2] != MOLT_UNBOUND)
      return raise(&molt_type_TypeError, a[1] != MOLT_UNBOUND ? "encoding without a string argument"
                                                              : "errors without a string argument");
    return byteArrayFromData("");
  }
  if (a[1] != MOLT_UNBOUND || a[2] != MOLT_UNBOUND) {
    if (!isStr(a[0]))
      return raise(&molt_type_TypeError, a[1] != MOLT_UNBOUND ? "encoding without a string argument"
                                                              : "errors without a string argument");
    if (a[1] == MOLT_UNBOUND)
      return raise(&molt_type_TypeError, "string argument without an encoding");
    if (!isStr(a[1]))
      return raise(&molt_type_TypeError,
                   "bytearray() argument 'encoding' must be str, not " + argTN(a[1]));
    std::string_view err = "strict";
    if (a[2] != MOLT_UNBOUND) {
      if (!isStr(a[2]))
        return raise(&molt_type_TypeError,
                     "bytearray() argument 'errors' must be str, not " + argTN(a[2]));
      err = strView(a[2]);
    }
    MoltValue b = strEncode(a[0], strView(a[1]), err);
    if (molt_is_error(b)) return b;
    MoltValue r = byteArrayFromData(bytesView(b));
    molt_decref(b);
    return r;
  }
  std::string out;
  if (isList(a[0]) || isTuple(a[0])) {
    int64_t n = isList(a[0]) ? as<MoltList>(a[0])->size : tupleSize(a[0]);
    const MoltValue *items = isList(a[0]) ? as<MoltList>(a[0])->items : tupleItems(a[0]);
    for (int64_t i = 0; i < n; i++) {
      unsigned char c;
      if (byteValue(items[i], c) < 0) return MOLT_ERROR;
      out.push_back(char(c));
    }
  } else {
    std::string_view d;
    MoltType *t = molt_type_of(a[0]);
    if (!bytesLikeView(a[0], d) && !isStr(a[0]) && !isIntLike(a[0]) &&
        !(t->number && t->number->index) && (t->iter || (t->container && t->container->getitem))) {
      if (forEach(a[0], [&](MoltValue item) -> int {
            unsigned char c;
            if (byteValue(item, c) < 0) return -1;
            out.push_back(char(c));
            return 0;
          }) < 0)
        return MOLT_ERROR;
    } else if (bytesFromObject(a[0], out) < 0) {
      return MOLT_ERROR;
    }
  }
  return byteArrayFromData(out);
}

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kByteArrayMethods[] = {
    {"append", nullptr, 0},
    {"extend", nullptr, 0},
    {"pop", nullptr, 0},
    {"insert", ba_insert, 0},
    {"remove", nullptr, 0},
    {"clear", ba_clear, 0},
    {"reverse", nullptr, 0},
    {"copy", ba_copy, 0},
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
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_bytearray_append(void) {
  installMethod(kByteArrayMethods, "append", ba_append);
}
extern "C" void molt_use_bytearray_extend(void) {
  installMethod(kByteArrayMethods, "extend", ba_extend);
}
extern "C" void molt_use_bytearray_pop(void) { installMethod(kByteArrayMethods, "pop", ba_pop); }
extern "C" void molt_use_bytearray_remove(void) {
  installMethod(kByteArrayMethods, "remove", ba_remove);
}
extern "C" void molt_use_bytearray_reverse(void) {
  installMethod(kByteArrayMethods, "reverse", ba_reverse);
}
extern "C" void molt_use_bytearray_capitalize(void) {
  installMethod(kByteArrayMethods, "capitalize", b_capitalize);
}
extern "C" void molt_use_bytearray_center(void) {
  installMethod(kByteArrayMethods, "center", b_center);
}
extern "C" void molt_use_bytearray_count(void) {
  installMethod(kByteArrayMethods, "count", b_count);
}
extern "C" void molt_use_bytearray_decode(void) {
  installMethod(kByteArrayMethods, "decode", b_decode);
}
extern "C" void molt_use_bytearray_endswith(void) {
  installMethod(kByteArrayMethods, "endswith", b_endswith);
}
extern "C" void molt_use_bytearray_expandtabs(void) {
  installMethod(kByteArrayMethods, "expandtabs", b_expandtabs);
}
extern "C" void molt_use_bytearray_find(void) { installMethod(kByteArrayMethods, "find", b_find); }
extern "C" void molt_use_bytearray_hex(void) { installMethod(kByteArrayMethods, "hex", b_hex); }
extern "C" void molt_use_bytearray_index(void) {
  installMethod(kByteArrayMethods, "index", b_index);
}
extern "C" void molt_use_bytearray_isalnum(void) {
  installMethod(kByteArrayMethods, "isalnum", b_isalnum);
}
extern "C" void molt_use_bytearray_isalpha(void) {
  installMethod(kByteArrayMethods, "isalpha", b_isalpha);
}
extern "C" void molt_use_bytearray_isascii(void) {
  installMethod(kByteArrayMethods, "isascii", b_isascii);
}
extern "C" void molt_use_bytearray_isdigit(void) {
  installMethod(kByteArrayMethods, "isdigit", b_isdigit);
}
extern "C" void molt_use_bytearray_islower(void) {
  installMethod(kByteArrayMethods, "islower", b_islower);
}
extern "C" void molt_use_bytearray_isspace(void) {
  installMethod(kByteArrayMethods, "isspace", b_isspace);
}
extern "C" void molt_use_bytearray_istitle(void) {
  installMethod(kByteArrayMethods, "istitle", b_istitle);
}
extern "C" void molt_use_bytearray_isupper(void) {
  installMethod(kByteArrayMethods, "isupper", b_isupper);
}
extern "C" void molt_use_bytearray_join(void) { installMethod(kByteArrayMethods, "join", b_join); }
extern "C" void molt_use_bytearray_ljust(void) {
  installMethod(kByteArrayMethods, "ljust", b_ljust);
}
extern "C" void molt_use_bytearray_lower(void) {
  installMethod(kByteArrayMethods, "lower", b_lower);
}
extern "C" void molt_use_bytearray_lstrip(void) {
  installMethod(kByteArrayMethods, "lstrip", b_lstrip);
}
extern "C" void molt_use_bytearray_partition(void) {
  installMethod(kByteArrayMethods, "partition", b_partition);
}
extern "C" void molt_use_bytearray_removeprefix(void) {
  installMethod(kByteArrayMethods, "removeprefix", b_removeprefix);
}
extern "C" void molt_use_bytearray_removesuffix(void) {
  installMethod(kByteArrayMethods, "removesuffix", b_removesuffix);
}
extern "C" void molt_use_bytearray_replace(void) {
  installMethod(kByteArrayMethods, "replace", b_replace);
}
extern "C" void molt_use_bytearray_rfind(void) {
  installMethod(kByteArrayMethods, "rfind", b_rfind);
}
extern "C" void molt_use_bytearray_rindex(void) {
  installMethod(kByteArrayMethods, "rindex", b_rindex);
}
extern "C" void molt_use_bytearray_rjust(void) {
  installMethod(kByteArrayMethods, "rjust", b_rjust);
}
extern "C" void molt_use_bytearray_rpartition(void) {
  installMethod(kByteArrayMethods, "rpartition", b_rpartition);
}
extern "C" void molt_use_bytearray_rsplit(void) {
  installMethod(kByteArrayMethods, "rsplit", b_rsplit);
}
extern "C" void molt_use_bytearray_rstrip(void) {
  installMethod(kByteArrayMethods, "rstrip", b_rstrip);
}
extern "C" void molt_use_bytearray_split(void) {
  installMethod(kByteArrayMethods, "split", b_split);
}
extern "C" void molt_use_bytearray_splitlines(void) {
  installMethod(kByteArrayMethods, "splitlines", b_splitlines);
}
extern "C" void molt_use_bytearray_startswith(void) {
  installMethod(kByteArrayMethods, "startswith", b_startswith);
}
extern "C" void molt_use_bytearray_strip(void) {
  installMethod(kByteArrayMethods, "strip", b_strip);
}
extern "C" void molt_use_bytearray_swapcase(void) {
  installMethod(kByteArrayMethods, "swapcase", b_swapcase);
}
extern "C" void molt_use_bytearray_title(void) {
  installMethod(kByteArrayMethods, "title", b_title);
}
extern "C" void molt_use_bytearray_translate(void) {
  installMethod(kByteArrayMethods, "translate", b_translate);
}
extern "C" void molt_use_bytearray_upper(void) {
  installMethod(kByteArrayMethods, "upper", b_upper);
}
extern "C" void molt_use_bytearray_zfill(void) {
  installMethod(kByteArrayMethods, "zfill", b_zfill);
}
extern "C" void molt_use_bytearray_fromhex(void) {
  installMethod(kByteArrayMethods, "fromhex", b_fromhex);
}
extern "C" void molt_use_bytearray_maketrans(void) {
  installMethod(kByteArrayMethods, "maketrans", b_maketrans);
}

// `mod` is filled by molt_use_bytes_mod (bytes.cpp) with bytes's.
constinit NumberSlots kBANumber = [] {
  NumberSlots n{};
  n.add = baAdd;
  n.mul = bytesRepeat;
  n.iadd = baIAdd;
  n.imul = baIMul;
  return n;
}();

constexpr ContainerSlots kBAContainer = [] {
  ContainerSlots c{};
  c.len = baLen;
  c.getitem = baGetItem;
  c.setitem = baSetItem;
  c.contains = bytesContains;
  return c;
}();

} // namespace

void bytesimpl::byteArrayInstallMod() { kBANumber.mod = bytesMod; }

} // namespace molt::rt

using namespace molt::rt;

// The behaviour of bytearray is filled by molt_use_bytearray, which the
// generated main calls when the program can create one (compiler/codegen/Features.cpp).
MoltType molt_type_bytearray = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "bytearray",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(MoltByteArray),
    .dealloc = baDealloc,
    .traverse = nullptr,
    .repr = nullptr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "bytearray(iterable_of_ints) -> bytearray",
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

extern "C" void molt_use_bytearray(void) {
  molt_type_bytearray.repr = baRepr;
  molt_type_bytearray.richcompare = bytesimpl::bytesCompare;
  molt_type_bytearray.iter = bytesimpl::bytesIter;
  molt_type_bytearray.number = &kBANumber;
  molt_type_bytearray.container = &kBAContainer;
  molt_type_bytearray.methods = kByteArrayMethods;
  molt_type_bytearray.new_ = baNew;
}
