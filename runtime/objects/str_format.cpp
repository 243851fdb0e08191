// str formatting: str.format / format_map (molt/format.h field parsing),
// str.__format__ and the '%' operator (molt/format.h percentParse), whose
// argument handling bytes % shares (percent_internal.h).
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "../core/textfmt.h"
#include "molt/bigint.h"
#include "molt/floatfmt.h"
#include "molt/format.h"
#include "molt/strobject.h"
#include "percent_internal.h"
#include "str_internal.h"

namespace molt::rt {

using namespace strimpl;

namespace {

MoltType *fmtExc(FmtStatus s) {
  switch (s) {
  case FmtStatus::OverflowError:
    return &molt_type_OverflowError;
  case FmtStatus::TypeError:
    return &molt_type_TypeError;
  case FmtStatus::MemoryError:
    return &molt_type_MemoryError;
  default:
    return &molt_type_ValueError;
  }
}

int raiseFmt(FmtStatus s, const std::string &msg) {
  if (msg.find('\0') == std::string::npos) return raiseInt(fmtExc(s), msg);
  // A NUL (b'%\x00' % 1 names the character) would end a printf-style message.
  MoltValue m = newStr(msg);
  if (molt_is_error(m)) return -1;
  MoltValue exc = molt_call(molt_from_ptr(fmtExc(s)), &m, 1, MOLT_NONE);
  molt_decref(m);
  if (molt_is_error(exc)) return -1;
  molt_raise(exc);
  molt_decref(exc);
  return -1;
}

// Appends str(v) / format(v, spec) of a value to out.
int appendFormatted(MoltValue v, std::string_view spec, std::string &out) {
  if (spec.empty() && isExact(v, &molt_type_str)) {
    out.append(strView(v));
    return 0;
  }
  // An empty spec still goes through __format__ (format(v, "")), which
  // molt_format short-cuts to str() for the builtin scalars.
  MoltValue sp = newStr(spec);
  if (molt_is_error(sp)) return -1;
  MoltValue r = molt_format(v, sp);
  molt_decref(sp);
  if (molt_is_error(r)) return -1;
  out.append(strView(r));
  molt_decref(r);
  return 0;
}

MoltValue raiseKeyError(MoltValue key) {
  MoltValue exc = molt_call(molt_from_ptr(&molt_type_KeyError), &key, 1, MOLT_NONE);
  if (molt_is_error(exc)) return exc;
  molt_raise(exc);
  molt_decref(exc);
  return MOLT_ERROR;
}

struct FormatCtx {
  const MoltValue *args = nullptr; // positional arguments
  size_t nargs = 0;
  MoltValue kwnames = MOLT_NONE; // format(): keyword names
  const MoltValue *kwvalues = nullptr;
  MoltValue mapping = MOLT_UNBOUND; // format_map(): the mapping
};

int processFormat(const std::vector<FormatItem> &items, const FormatCtx &ctx, std::string &out) {
  for (const FormatItem &it : items) {
    if (it.kind == FormatItem::Literal) {
      out.append(it.text);
      continue;
    }
    if (it.kind == FormatItem::Error) return raiseFmt(it.status, it.error);
    // Field: find the object
    MoltValue obj;
    if (it.isKeyword) {
      MoltValue key = newStr(it.keyword);
      if (molt_is_error(key)) return -1;
      if (ctx.mapping != MOLT_UNBOUND) {
        obj = molt_getitem(ctx.mapping, key);
        molt_decref(key);
        if (molt_is_error(obj)) return -1;
      } else {
        obj = MOLT_UNBOUND;
        size_t nkw = ctx.kwnames == MOLT_NONE ? 0 : size_t(tupleSize(ctx.kwnames));
        for (size_t k = 0; k < nkw; k++)
          if (strView(tupleItem(ctx.kwnames, int64_t(k))) == it.keyword)
            obj = molt_newref(ctx.kwvalues[k]);
        if (obj == MOLT_UNBOUND) {
          raiseKeyError(key);
          molt_decref(key);
          return -1;
        }
        molt_decref(key);
      }
    } else {
      if (ctx.mapping != MOLT_UNBOUND)
        return raiseInt(&molt_type_ValueError, "Format string contains positional fields");
      if (it.argIndex < 0 || size_t(it.argIndex) >= ctx.nargs) {
        char buf[100];
        formatBuf(buf, sizeof buf, "Replacement index %lld out of range for positional args tuple",
                  (long long)it.argIndex);
        return raiseInt(&molt_type_IndexError, buf);
      }
      obj = molt_newref(ctx.args[it.argIndex]);
    }
    for (const FieldAccessor &acc : it.chain) {
      MoltValue next;
      if (acc.kind == FieldAccessor::Attr) {
        MoltValue n = internStr(acc.name);
        next = molt_getattr(obj, n);
      } else if (acc.kind == FieldAccessor::Index) {
        MoltValue k = molt_int_from_i64(acc.index);
        next = molt_getitem(obj, k);
        molt_decref(k);
      } else {
        MoltValue k = newStr(acc.name);
        next = molt_getitem(obj, k);
        molt_decref(k);
      }
      molt_decref(obj);
      if (molt_is_error(next)) return -1;
      obj = next;
    }
    if (it.chainStatus != FmtStatus::Ok) {
      molt_decref(obj);
      return raiseFmt(it.chainStatus, it.chainError);
    }
    if (!it.conversionError.empty()) {
      molt_decref(obj);
      return raiseInt(&molt_type_ValueError, it.conversionError);
    }
    if (it.conversion) {
      MoltValue c = it.conversion == 'r'   ? molt_repr(obj)
                    : it.conversion == 's' ? molt_str(obj)
                                           : molt_ascii(obj);
      molt_decref(obj);
      if (molt_is_error(c)) return -1;
      obj = c;
    }
    int rc;
    if (it.specIsNested) {
      std::string spec;
      rc = processFormat(it.specItems, ctx, spec);
      if (rc == 0) rc = appendFormatted(obj, spec, out);
    } else {
      rc = appendFormatted(obj, it.spec, out);
    }
    molt_decref(obj);
    if (rc < 0) return -1;
  }
  return 0;
}

// ------------------------------------------------------------- '%'

// An int value as an IntRef (small values backed by buf).
int intRefOf(MoltValue v, IntRef &ref, limb_t buf[2]) {
  if (molt_is_bool(v)) {
    ref = int_ref_i64(int64_t(v & 1), buf);
    return 0;
  }
  if (!isInt(v)) return raiseInt(&molt_type_TypeError, "an integer is required");
  ref = intRef(v, buf);
  return 0;
}

bool hasIndex(MoltValue v) {
  MoltType *t = molt_type_of(v);
  return isIntLike(v) || (t->number && t->number->index);
}

// The str conversions of '%' (the rest are shared, percent_internal.h).
int strPercentConvert(const PercentSpec &spec, MoltValue val, std::string &out) {
  std::string err;
  FmtStatus st = FmtStatus::Ok;
  char type = spec.type;
  switch (type) {
  case 's':
  case 'r':
  case 'a': {
    MoltValue t;
    if (type == 's' && isExact(val, &molt_type_str))
      t = molt_newref(val);
    else
      t = type == 's' ? molt_str(val) : type == 'r' ? molt_repr(val) : molt_ascii(val);
    if (molt_is_error(t)) return -1;
    st = percentFormatStr(strView(t), spec, out, err);
    molt_decref(t);
    break;
  }
  case 'c': {
    if (isStr(val)) {
      if (strLength(val) != 1) return raiseInt(&molt_type_TypeError, kPercentCharTypeError);
      st = percentFormatStr(strView(val), spec, out, err);
    } else if (hasIndex(val)) {
      int64_t x;
      int rc = percentimpl::percentCharCode(val, x);
      if (rc < 0) return -1;
      st = percentFormatChar(rc > 0 ? -1 : x, spec, out, err);
    } else {
      return raiseInt(&molt_type_TypeError, kPercentCharTypeError);
    }
    break;
  }
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': {
    double d;
    if (percentimpl::percentFloatArg(val, d) < 0) return -1;
    st = fmtStatusFromFloat(floatPercentFormat(d, spec, out, err));
    break;
  }
  default:
    return percentimpl::percentConvertInt(spec, val, out);
  }
  if (st != FmtStatus::Ok) return raiseFmt(st, err);
  return 0;
}

} // namespace

namespace percentimpl {

MoltType *fmtExcType(FmtStatus s) { return fmtExc(s); }

int percentConvertInt(const PercentSpec &spec, MoltValue val, std::string &out) {
  char type = spec.type;
  MoltValue iv;
  bool decimal = type == 'd' || type == 'i' || type == 'u';
  MoltType *t = molt_type_of(val);
  if (isIntLike(val)) {
    iv = molt_newref(val);
  } else if (t->number && t->number->index) {
    iv = t->number->index(val);
  } else if (decimal && t->number && (t->number->int_ || molt_is_float(val))) {
    if (!t->number->int_) return raiseInt(&molt_type_TypeError, percentTypeMessage(type, tn(val)));
    iv = t->number->int_(val);
  } else {
    return raiseInt(&molt_type_TypeError, percentTypeMessage(type, tn(val)));
  }
  if (molt_is_error(iv)) return -1;
  limb_t buf[2];
  IntRef ref;
  if (intRefOf(iv, ref, buf) < 0) {
    molt_decref(iv);
    return -1;
  }
  std::string err;
  FmtStatus st = percentFormatInt(ref, spec, out, err);
  molt_decref(iv);
  if (st != FmtStatus::Ok) return raiseFmt(st, err);
  return 0;
}

int percentCharCode(MoltValue val, int64_t &code) {
  if (intArg(val, code) == 0) return 0;
  MoltValue e = molt_err_fetch();
  if (molt_err_matches(e, molt_from_ptr(&molt_type_OverflowError)) == 1) {
    molt_decref(e);
    return 1;
  }
  molt_err_restore(e);
  molt_decref(e);
  return -1;
}

int percentFloatArg(MoltValue val, double &d) {
  if (molt_is_float(val)) {
    d = molt_float_val(val);
    return 0;
  }
  if (molt_is_small_int(val)) {
    d = double(molt_small_int_val(val));
    return 0;
  }
  MoltType *t = molt_type_of(val);
  if (!t->number || !(t->number->float_ || t->number->index))
    return raiseInt(&molt_type_TypeError, "must be real number, not " + tn(val));
  MoltValue fv;
  if (t->number->float_) {
    fv = t->number->float_(val);
  } else {
    MoltValue iv = t->number->index(val);
    if (molt_is_error(iv)) return -1;
    fv = molt_type_of(iv)->number->float_(iv);
    molt_decref(iv);
  }
  if (molt_is_error(fv)) return -1;
  d = molt_float_val(fv);
  molt_decref(fv);
  return 0;
}

int percentApply(std::string_view fmt, MoltValue args, PercentKind kind, PercentConvertFn convert,
                 std::string &out) {
  const bool bytes = kind == PercentKind::Bytes;
  std::vector<PercentItem> items;
  percentParse(fmt, items, kind);
  PercentArgs pa;
  pa.kind = kind;
  MoltType *at = molt_type_of(args);
  if (isTuple(args)) {
    pa.isTuple = true;
    pa.count = tupleSize(args);
  } else {
    pa.count = 1;
    pa.isMapping = !isStr(args) && !(bytes && (isBytes(args) || isByteArray(args))) &&
                   at->container && at->container->getitem;
  }
  std::string err;
  auto argAt = [&](int64_t idx) { return pa.isTuple ? tupleItem(args, idx) : args; };
  for (const PercentItem &item : items) {
    if (item.kind == PercentItem::Literal) {
      out.append(item.text);
      continue;
    }
    if (item.kind == PercentItem::Error) return raiseFmt(item.status, item.error);
    PercentSpec spec = item.spec;
    MoltValue val = MOLT_UNBOUND;
    FmtStatus st;
    if (item.hasKey) {
      if ((st = percentUseKey(pa, err)) != FmtStatus::Ok) return raiseFmt(st, err);
      if (!item.keyUnterminated) {
        MoltValue key = bytes ? bytesFromData(item.key) : newStr(item.key);
        if (molt_is_error(key)) return -1;
        val = molt_getitem(args, key);
        molt_decref(key);
        if (molt_is_error(val)) return -1;
      }
    }
    int64_t idx;
    for (int star = 0; star < 2; star++) {
      if (star == 0 ? !item.widthStar : !item.precisionStar) continue;
      if ((st = percentNextArg(pa, idx, err)) != FmtStatus::Ok) {
        molt_xdecref(val);
        return raiseFmt(st, err);
      }
      MoltValue a = argAt(idx);
      int64_t n;
      if (!isIntLike(a)) {
        molt_xdecref(val);
        return raiseInt(&molt_type_TypeError, kPercentStarWantsInt);
      }
      if (intArg(a, n) < 0) {
        molt_xdecref(val);
        if (star == 0) return -1; // "... to C ssize_t"
        molt_decref(molt_err_fetch());
        n = INT64_MAX;
      }
      if (star == 1 && (n > INT_MAX || n < INT_MIN)) {
        molt_xdecref(val);
        return raiseInt(&molt_type_OverflowError, "Python int too large to convert to C int");
      }
      if (star == 0)
        percentApplyStarWidth(spec, n);
      else
        percentApplyStarPrecision(spec, n);
    }
    if (item.partial) {
      molt_xdecref(val);
      continue;
    }
    if (!item.hasKey) {
      if ((st = percentNextArg(pa, idx, err)) != FmtStatus::Ok) return raiseFmt(st, err);
      val = molt_newref(argAt(idx));
    }
    if (!item.supported) {
      molt_decref(val);
      return raiseFmt(item.status, item.error);
    }
    int rc = convert(spec, val, out);
    molt_decref(val);
    if (rc < 0) return -1;
  }
  FmtStatus st = percentFinish(pa, err);
  if (st != FmtStatus::Ok) return raiseFmt(st, err);
  return 0;
}

} // namespace percentimpl

MoltValue strPercentFormat(MoltValue fmt, MoltValue args) {
  std::string out;
  if (percentimpl::percentApply(strView(fmt), args, PercentKind::Str, strPercentConvert, out) < 0)
    return MOLT_ERROR;
  return newStr(out);
}

MoltValue strFormatSpec(MoltValue s, MoltValue spec) {
  std::string_view sp = strView(spec);
  if (sp.empty()) return molt_str(s);
  std::string out, err;
  FmtStatus st = strFormat(strView(s), sp, out, err);
  if (st != FmtStatus::Ok) return raise(fmtExc(st), err);
  return newStr(out);
}

namespace strimpl {

MoltValue strFormatMethod(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw) {
  if (nargv < 1 || !isStr(argv[0]))
    return raise(&molt_type_TypeError, "descriptor 'format' of 'str' object needs an argument");
  std::vector<FormatItem> items;
  formatParse(strView(argv[0]), items);
  FormatCtx ctx;
  ctx.args = argv + 1;
  ctx.nargs = nargv - 1;
  ctx.kwnames = kw == 0 ? MOLT_NONE : kw;
  ctx.kwvalues = argv + nargv;
  std::string out;
  if (processFormat(items, ctx, out) < 0) return MOLT_ERROR;
  return newStr(out);
}

MoltValue strFormatMapMethod(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw) {
  ArgSpec spec{"format_map", "str", ArgStyle::OneArg, 1, 1};
  MoltValue a[1];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  std::vector<FormatItem> items;
  formatParse(strView(argv[0]), items);
  FormatCtx ctx;
  ctx.mapping = a[0];
  std::string out;
  if (processFormat(items, ctx, out) < 0) return MOLT_ERROR;
  return newStr(out);
}

MoltValue strDunderFormat(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw) {
  ArgSpec spec{"__format__", "str", ArgStyle::OneArg, 1, 1};
  MoltValue a[1];
  if (parseArgs(spec, argv + 1, nargv - 1, kw, a) < 0) return MOLT_ERROR;
  if (!isStr(a[0]))
    return raise(&molt_type_TypeError, "__format__() argument must be str, not " + argTN(a[0]));
  return strFormatSpec(argv[0], a[0]);
}

} // namespace strimpl

} // namespace molt::rt
