// bytes % args and bytearray % args (PEP 461): printf-style formatting of
// bytes. The format string, argument handling and int/float conversions are
// str %'s (molt/format.h, percent_internal.h); the conversions of their own:
// %b/%s take a bytes-like object or one with __bytes__, %a/%r give ascii()
// as bytes, %c takes an int in range(256) or a single byte, %e/%f/%g report
// any failure of float() as TypeError. Widths and precisions count bytes.
#include <string>
#include <string_view>

#include "molt/format.h"
#include "molt/heaptype.h"
#include "molt/strobject.h"
#include "percent_internal.h"
#include "str_internal.h"

namespace molt::rt {

using namespace strimpl;

namespace {

constexpr const char *kCharTypeError = "%c requires an integer in range(256) or a single byte";
constexpr const char *kCharRangeError = "%c arg not in range(256)";

// Appends the bytes of %b/%s's argument: a bytes-like object, else the bytes
// that its class's __bytes__ returns.
int appendBytesArg(const PercentSpec &spec, MoltValue val, std::string &out, std::string &err,
                   FmtStatus &st) {
  std::string_view data;
  if (bytesLikeView(val, data)) {
    st = percentFormatStr(data, spec, out, err, PercentKind::Bytes);
    return 0;
  }
  MoltValue r =
      isHeapType(molt_type_of(val)) ? callSpecialC(val, "__bytes__", nullptr, 0) : MOLT_UNBOUND;
  if (r == MOLT_UNBOUND)
    return raiseInt(&molt_type_TypeError, "%b requires a bytes-like object, or an object that "
                                          "implements __bytes__, not '" +
                                              tn(val) + "'");
  if (molt_is_error(r)) return -1;
  if (!isBytes(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__bytes__ returned non-bytes (type %s)", typeName(r));
    molt_decref(r);
    return -1;
  }
  st = percentFormatStr(bytesView(r), spec, out, err, PercentKind::Bytes);
  molt_decref(r);
  return 0;
}

// The byte of %c: a bytes or bytearray of length 1, or an int (__index__)
// in range(256).
int charByte(MoltValue val, char &byte) {
  std::string_view data;
  if (bytesLikeView(val, data)) {
    if (data.size() != 1) return raiseInt(&molt_type_TypeError, kCharTypeError);
    byte = data[0];
    return 0;
  }
  MoltType *t = molt_type_of(val);
  if (!isIntLike(val) && !(t->number && t->number->index))
    return raiseInt(&molt_type_TypeError, kCharTypeError);
  int64_t x;
  int rc = percentimpl::percentCharCode(val, x);
  if (rc < 0) return -1;
  if (rc > 0 || x < 0 || x > 255) return raiseInt(&molt_type_OverflowError, kCharRangeError);
  byte = char(x);
  return 0;
}

int bytesPercentConvert(const PercentSpec &spec, MoltValue val, std::string &out) {
  std::string err;
  FmtStatus st = FmtStatus::Ok;
  switch (spec.type) {
  case 'b':
  case 's':
    if (appendBytesArg(spec, val, out, err, st) < 0) return -1;
    break;
  case 'r':
  case 'a': {
    MoltValue t = molt_ascii(val);
    if (molt_is_error(t)) return -1;
    st = percentFormatStr(strView(t), spec, out, err, PercentKind::Bytes);
    molt_decref(t);
    break;
  }
  case 'c': {
    char byte;
    if (charByte(val, byte) < 0) return -1;
    PercentSpec s = spec;
    s.precision = -1; // %c ignores the precision
    st = percentFormatStr(std::string_view(&byte, 1), s, out, err, PercentKind::Bytes);
    break;
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    double d;
    if (percentimpl::percentFloatArg(val, d) < 0) {
      // Whatever float() raised (OverflowError of a huge int, an error of
      // __float__...), bytes % reports it as this TypeError.
      molt_decref(molt_err_fetch());
      return raiseInt(&molt_type_TypeError, "float argument required, not " + tn(val));
    }
    st = fmtStatusFromFloat(floatPercentFormat(d, spec, out, err));
    break;
  }
  case 'i': { // the same as %d, messages included ("%d format: ...")
    PercentSpec d = spec;
    d.type = 'd';
    return percentimpl::percentConvertInt(d, val, out);
  }
  default:
    return percentimpl::percentConvertInt(spec, val, out);
  }
  if (st != FmtStatus::Ok) return raiseInt(percentimpl::fmtExcType(st), err);
  return 0;
}

} // namespace

MoltValue bytesPercentFormat(MoltValue fmt, MoltValue args) {
  bool ba = isByteArray(fmt);
  // A bytearray's buffer could change under a conversion (__bytes__, __index__...).
  std::string fmtCopy;
  std::string_view f;
  if (ba) {
    fmtCopy = byteArrayView(fmt);
    f = fmtCopy;
  } else {
    f = bytesView(fmt);
  }
  std::string out;
  if (percentimpl::percentApply(f, args, PercentKind::Bytes, bytesPercentConvert, out) < 0)
    return MOLT_ERROR;
  return ba ? byteArrayFromData(out) : bytesFromData(out);
}

} // namespace molt::rt
