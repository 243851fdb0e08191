// The `time` module (native): clocks and sleep over the platform layer.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "../platform/platform.h"
#include "molt/intobject.h"
#include "native.h"

using namespace molt::rt;
namespace pf = molt::platform;

namespace {

int noArgs(const char *fname, size_t n, MoltValue kw) {
  if (noKeywords(fname, kw) < 0) return -1;
  if (n == 0) return 0;
  molt_raise_fmt(&molt_type_TypeError, "%s() takes no arguments (%zu given)", fname, n);
  return -1;
}

MoltValue seconds(int64_t ns) { return molt_float(static_cast<double>(ns) * 1e-9); }

MoltValue t_time(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (noArgs("time.time", n, kw) < 0) return MOLT_ERROR;
  return seconds(pf::platformWallNs());
}
MoltValue t_time_ns(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (noArgs("time.time_ns", n, kw) < 0) return MOLT_ERROR;
  return molt_int_from_i64(pf::platformWallNs());
}
MoltValue t_monotonic(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (noArgs("time.monotonic", n, kw) < 0) return MOLT_ERROR;
  return seconds(pf::platformMonotonicNs());
}
MoltValue t_monotonic_ns(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (noArgs("time.monotonic_ns", n, kw) < 0) return MOLT_ERROR;
  return molt_int_from_i64(pf::platformMonotonicNs());
}
MoltValue t_perf_counter(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (noArgs("time.perf_counter", n, kw) < 0) return MOLT_ERROR;
  return seconds(pf::platformMonotonicNs());
}
MoltValue t_perf_counter_ns(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (noArgs("time.perf_counter_ns", n, kw) < 0) return MOLT_ERROR;
  return molt_int_from_i64(pf::platformMonotonicNs());
}
MoltValue t_process_time(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (noArgs("time.process_time", n, kw) < 0) return MOLT_ERROR;
  return seconds(pf::platformProcessNs());
}
MoltValue t_process_time_ns(MoltValue, const MoltValue *, size_t n, MoltValue kw) {
  if (noArgs("time.process_time_ns", n, kw) < 0) return MOLT_ERROR;
  return molt_int_from_i64(pf::platformProcessNs());
}

MoltValue t_sleep(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("time.sleep", n, kw) < 0) return MOLT_ERROR;
  int64_t ns;
  if (molt_is_float(a[0])) {
    double d = molt_float_val(a[0]);
    if (std::isnan(d))
      return molt_raise_fmt(&molt_type_ValueError, "Invalid value NaN (not a number)");
    if (d * 1e9 >= 9.2e18 || d * 1e9 <= -9.2e18)
      return molt_raise_fmt(&molt_type_OverflowError,
                            "timestamp too large to convert to C _PyTime_t");
    ns = static_cast<int64_t>(std::ceil(d * 1e9));
  } else {
    if (!isInt(a[0])) {
      double d;
      MoltType *t = molt_type_of(a[0]);
      if (numSlot(t, &NumberSlots::float_)) {
        if (floatFromValue(a[0], &d) < 0) return MOLT_ERROR;
        MoltValue f = molt_float(d);
        return t_sleep(MOLT_NONE, &f, 1, MOLT_NONE);
      }
      return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(a[0]));
    }
    int64_t s;
    if (!intToI64(a[0], &s) || s > 9200000000 || s < -9200000000)
      return molt_raise_fmt(&molt_type_OverflowError,
                            "timestamp too large to convert to C _PyTime_t");
    ns = s * 1000000000;
  }
  if (ns < 0) return molt_raise_fmt(&molt_type_ValueError, "sleep length must be non-negative");
  pf::platformFlushAll(); // output before a pause appears before it, as with CPython's tty
  if (pf::platformSleepNs(ns) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

// ---------------------------------------------------------------------------
// struct_time: a 9-tuple whose type prints the named form. Two hidden items
// after the nine (tm_zone, tm_gmtoff) are stored past the tuple's size; they
// are always immortal (interned str, small int) so the tuple's dealloc need
// not release them.

extern MoltType molt_type_struct_time_;

const char *const kTmFields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                 "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

MoltValue structTimeNew9(const int64_t f[9], MoltValue zone, MoltValue gmtoff) {
  MoltValue t = tupleNew(11);
  if (molt_is_error(t)) return t;
  for (int i = 0; i < 9; i++)
    tupleItems(t)[i] = molt_int_from_i64(f[i]);
  tupleItems(t)[9] = zone;
  tupleItems(t)[10] = gmtoff;
  as<MoltTuple>(t)->size = 9;
  molt_ptr(t)->type = &molt_type_struct_time_;
  return t;
}

MoltValue stRepr(MoltValue self) {
  std::string out = "time.struct_time(";
  for (int i = 0; i < 9; i++) {
    if (i > 0) out += ", ";
    out += kTmFields[i];
    out += '=';
    MoltValue r = molt_repr(tupleItems(self)[i]);
    if (molt_is_error(r)) return r;
    out += strView(r);
    molt_decref(r);
  }
  out += ')';
  return strFromUtf8(out);
}

#define ST_FIELD(NAME, I)                                                                          \
  MoltValue st_##NAME(MoltValue self) { return molt_newref(tupleItems(self)[I]); }
ST_FIELD(year, 0)
ST_FIELD(mon, 1)
ST_FIELD(mday, 2)
ST_FIELD(hour, 3)
ST_FIELD(min, 4)
ST_FIELD(sec, 5)
ST_FIELD(wday, 6)
ST_FIELD(yday, 7)
ST_FIELD(isdst, 8)
ST_FIELD(zone, 9)
ST_FIELD(gmtoff, 10)

const GetSetDef kStructTimeGetsets[] = {
    {"tm_year", st_year, nullptr},     {"tm_mon", st_mon, nullptr},
    {"tm_mday", st_mday, nullptr},     {"tm_hour", st_hour, nullptr},
    {"tm_min", st_min, nullptr},       {"tm_sec", st_sec, nullptr},
    {"tm_wday", st_wday, nullptr},     {"tm_yday", st_yday, nullptr},
    {"tm_isdst", st_isdst, nullptr},   {"tm_zone", st_zone, nullptr},
    {"tm_gmtoff", st_gmtoff, nullptr}, {nullptr, nullptr, nullptr},
};

MoltValue stNew(MoltType *, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("struct_time", n, kw, 1, 1) < 0) return MOLT_ERROR;
  MoltValue seq = sequenceTuple(a[0]);
  if (molt_is_error(seq)) return seq;
  int64_t len = tupleSize(seq);
  if (len < 9 || len > 11) {
    molt_decref(seq);
    return molt_raise_fmt(&molt_type_TypeError,
                          "time.struct_time() takes an at %s %d-sequence (%lld-sequence given)",
                          len < 9 ? "least" : "most", len < 9 ? 9 : 11, (long long)len);
  }
  MoltValue t = tupleNew(11);
  if (molt_is_error(t)) {
    molt_decref(seq);
    return t;
  }
  for (int64_t i = 0; i < 9; i++)
    tupleItems(t)[i] = molt_newref(tupleItems(seq)[i]);
  // Hidden fields must be immortal (see above): keep them only when they are.
  for (int64_t i = 9; i < 11; i++) {
    MoltValue v = i < len ? tupleItems(seq)[i] : MOLT_NONE;
    if (molt_is_ptr(v) && isStr(v))
      v = molt_const_str(strView(v).data(), strView(v).size());
    else if (molt_is_ptr(v))
      v = MOLT_NONE;
    tupleItems(t)[i] = v;
  }
  molt_decref(seq);
  as<MoltTuple>(t)->size = 9;
  molt_ptr(t)->type = &molt_type_struct_time_;
  return t;
}

MoltType makeStructTimeType() {
  MoltType t = {};
  t.ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type};
  t.name = "time.struct_time";
  t.base = &molt_type_tuple;
  t.flags = kTypeImmutable | kTypeTupleSubclass;
  t.repr = stRepr;
  t.getsets = kStructTimeGetsets;
  t.new_ = stNew;
  t.dict = MOLT_NONE;
  t.mro = MOLT_NONE;
  return t;
}

MoltType molt_type_struct_time_ = makeStructTimeType();

// ---------------------------------------------------------------------------
// gmtime / localtime / mktime / strftime / asctime / ctime

/// Days since 1970-01-01 -> civil date (proleptic Gregorian).
void civilFromDays(int64_t z, int64_t *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t yy = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = yy + (*m <= 2 ? 1 : 0);
}

bool isLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/// The seconds argument of gmtime/localtime/ctime (None: now), floored.
int secondsArg(const MoltValue *a, size_t n, int64_t *out) {
  if (n == 0 || a[0] == MOLT_NONE) {
    int64_t ns = pf::platformWallNs();
    *out = ns >= 0 ? ns / 1000000000 : -((-ns + 999999999) / 1000000000);
    return 0;
  }
  MoltValue v = a[0];
  if (molt_is_float(v)) {
    double d = molt_float_val(v);
    if (std::isnan(d)) {
      molt_raise_fmt(&molt_type_ValueError, "Invalid value NaN (not a number)");
      return -1;
    }
    d = std::floor(d);
    if (!(d >= -67768040609740800.0 && d <= 67768036191676800.0)) {
      molt_raise_fmt(&molt_type_OverflowError, "timestamp out of range for platform time_t");
      return -1;
    }
    *out = static_cast<int64_t>(d);
    return 0;
  }
  if (!isInt(v)) {
    molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                   typeName(v));
    return -1;
  }
  if (!intToI64(v, out) || *out > 67768036191676799LL || *out < -67768040609740800LL) {
    molt_raise_fmt(&molt_type_OverflowError, "timestamp out of range for platform time_t");
    return -1;
  }
  return 0;
}

MoltValue t_gmtime(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("gmtime", n, kw, 0, 1) < 0) return MOLT_ERROR;
  int64_t secs;
  if (secondsArg(a, n, &secs) < 0) return MOLT_ERROR;
  int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  int64_t rem = secs - days * 86400;
  int64_t y;
  int m, d;
  civilFromDays(days, &y, &m, &d);
  static const int kCum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int64_t yday = kCum[m - 1] + d + (m > 2 && isLeap(y) ? 1 : 0);
  int64_t wday = ((days % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday (Monday = 0)
  int64_t f[9] = {y, m, d, rem / 3600, (rem / 60) % 60, rem % 60, wday, yday, 0};
  return structTimeNew9(f, internStr("GMT"), molt_small_int(0));
}

MoltValue localStruct(int64_t secs) {
  pf::LocalTime lt;
  if (!pf::platformLocalTime(secs, &lt))
    return molt_raise_fmt(&molt_type_OverflowError, "timestamp out of range for platform time_t");
  int64_t f[9] = {lt.year, lt.mon + 1,        lt.mday,     lt.hour, lt.min,
                  lt.sec,  (lt.wday + 6) % 7, lt.yday + 1, lt.isdst};
  return structTimeNew9(f, molt_const_str(lt.zone.data(), lt.zone.size()),
                        molt_int_from_i64(lt.gmtoff));
}

MoltValue t_localtime(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("localtime", n, kw, 0, 1) < 0) return MOLT_ERROR;
  int64_t secs;
  if (secondsArg(a, n, &secs) < 0) return MOLT_ERROR;
  return localStruct(secs);
}

/// The nine fields of a time tuple (struct_time or 9-tuple): 0 or -1.
int timeTuple(const char *fname, MoltValue v, int64_t f[9], MoltValue *zone) {
  *zone = MOLT_NONE;
  if (!isTuple(v)) {
    molt_raise_fmt(&molt_type_TypeError, "Tuple or struct_time argument required");
    return -1;
  }
  if (tupleSize(v) != 9) {
    molt_raise_fmt(&molt_type_TypeError, "%s(): illegal time tuple argument", fname);
    return -1;
  }
  for (int i = 0; i < 9; i++) {
    MoltValue x = tupleItems(v)[i];
    if (molt_is_float(x) || !isInt(x)) {
      molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     typeName(x));
      return -1;
    }
    if (!intToI64(x, &f[i]) || (i > 0 && (f[i] > INT32_MAX || f[i] < INT32_MIN))) {
      molt_raise_fmt(&molt_type_OverflowError, "Python int too large to convert to C int");
      return -1;
    }
  }
  if (isExact(v, &molt_type_struct_time_)) *zone = tupleItems(v)[9];
  return 0;
}

/// CPython's range checks for strftime/asctime (after mapping 0 to 1 where allowed).
int checkRanges(int64_t f[9]) {
  if (f[1] == 0) f[1] = 1;
  if (f[2] == 0) f[2] = 1;
  if (f[7] == 0) f[7] = 1;
  const char *msg = nullptr;
  if (f[1] < 1 || f[1] > 12)
    msg = "month out of range";
  else if (f[2] < 1 || f[2] > 31)
    msg = "day of month out of range";
  else if (f[3] < 0 || f[3] > 23)
    msg = "hour out of range";
  else if (f[4] < 0 || f[4] > 59)
    msg = "minute out of range";
  else if (f[5] < 0 || f[5] > 61)
    msg = "seconds out of range";
  else if (f[7] < 1 || f[7] > 366)
    msg = "day of year out of range";
  if (msg) {
    molt_raise_fmt(&molt_type_ValueError, "%s", msg);
    return -1;
  }
  f[6] = ((f[6] % 7) + 7) % 7;
  if (f[8] < -1) f[8] = -1;
  if (f[8] > 1) f[8] = 1;
  return 0;
}

MoltValue nowLocal() { return t_localtime(MOLT_NONE, nullptr, 0, MOLT_NONE); }

MoltValue t_strftime(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("strftime", n, kw, 1, 2) < 0) return MOLT_ERROR;
  if (!isStr(a[0]))
    return molt_raise_fmt(&molt_type_TypeError, "strftime() argument 1 must be str, not %s",
                          a[0] == MOLT_NONE ? "None" : typeName(a[0]));
  MoltValue tv = n == 2 ? molt_newref(a[1]) : nowLocal();
  if (molt_is_error(tv)) return tv;
  int64_t f[9];
  MoltValue zone;
  int rc = timeTuple("strftime", tv, f, &zone);
  molt_decref(tv);
  if (rc < 0 || checkRanges(f) < 0) return MOLT_ERROR;
  struct tm tm = {};
  tm.tm_year = static_cast<int>(f[0] - 1900);
  tm.tm_mon = static_cast<int>(f[1] - 1);
  tm.tm_mday = static_cast<int>(f[2]);
  tm.tm_hour = static_cast<int>(f[3]);
  tm.tm_min = static_cast<int>(f[4]);
  tm.tm_sec = static_cast<int>(f[5]);
  tm.tm_wday = static_cast<int>((f[6] + 1) % 7);
  tm.tm_yday = static_cast<int>(f[7] - 1);
  tm.tm_isdst = static_cast<int>(f[8]);
  std::string zoneText = isStr(zone) ? std::string(strView(zone)) : std::string();
  tm.tm_zone = zoneText.c_str();
  std::string_view fmt = strView(a[0]);
  if (fmt.find('\0') != std::string_view::npos)
    return molt_raise_fmt(&molt_type_ValueError, "embedded null character");
  std::string fmtz(fmt);
  std::string out;
  if (!fmtz.empty()) {
    // strftime gives 0 both for "too small" and for an empty result: grow a while.
    for (size_t cap = 256; cap <= 256 * fmtz.size() + 1024; cap *= 4) {
      out.resize(cap);
      size_t len = std::strftime(out.data(), cap, fmtz.c_str(), &tm);
      if (len > 0 || cap > 256 * fmtz.size()) {
        out.resize(len);
        break;
      }
    }
  }
  return strFromUtf8(out);
}

const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

MoltValue asctimeOf(MoltValue tv) {
  int64_t f[9];
  MoltValue zone;
  if (timeTuple("asctime", tv, f, &zone) < 0 || checkRanges(f) < 0) return MOLT_ERROR;
  return strFormat("%s %s%3d %.2d:%.2d:%.2d %lld", kDays[f[6]], kMonths[f[1] - 1],
                   static_cast<int>(f[2]), static_cast<int>(f[3]), static_cast<int>(f[4]),
                   static_cast<int>(f[5]), (long long)f[0]);
}

MoltValue t_asctime(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("asctime", n, kw, 0, 1) < 0) return MOLT_ERROR;
  MoltValue tv = n == 1 ? molt_newref(a[0]) : nowLocal();
  if (molt_is_error(tv)) return tv;
  MoltValue r = asctimeOf(tv);
  molt_decref(tv);
  return r;
}

MoltValue t_ctime(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("ctime", n, kw, 0, 1) < 0) return MOLT_ERROR;
  int64_t secs;
  if (secondsArg(a, n, &secs) < 0) return MOLT_ERROR;
  MoltValue tv = localStruct(secs);
  if (molt_is_error(tv)) return tv;
  MoltValue r = asctimeOf(tv);
  molt_decref(tv);
  return r;
}

MoltValue t_mktime(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("time.mktime", n, kw) < 0) return MOLT_ERROR;
  int64_t f[9];
  MoltValue zone;
  if (timeTuple("mktime", a[0], f, &zone) < 0) return MOLT_ERROR;
  pf::LocalTime lt;
  lt.year = f[0];
  lt.mon = static_cast<int>(f[1] - 1);
  lt.mday = static_cast<int>(f[2]);
  lt.hour = static_cast<int>(f[3]);
  lt.min = static_cast<int>(f[4]);
  lt.sec = static_cast<int>(f[5]);
  lt.wday = 0;
  lt.yday = 0;
  lt.isdst = static_cast<int>(f[8]);
  lt.gmtoff = 0;
  int64_t secs;
  if (!pf::platformMakeTime(lt, &secs))
    return molt_raise_fmt(&molt_type_OverflowError, "mktime argument out of range");
  return molt_float(static_cast<double>(secs));
}

// ---------------------------------------------------------------------------
// strptime: CPython builds a regular expression from the format; here the
// format is a list of tokens matched by backtracking in the same order the
// regex alternatives would be tried (longest names first, two-digit forms
// before one-digit ones), case-insensitively, so the same inputs match the
// same way ("unconverted data remains" included).

const char *const kFullDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};
const char *const kFullMonths[] = {"january",   "february", "march",    "april",
                                   "may",       "june",     "july",     "august",
                                   "september", "october",  "november", "december"};

struct PTok {
  char dir;        ///< directive letter, 0 for a literal, ' ' for whitespace
  std::string lit; ///< literal text (lower-cased)
};

struct PMatch {
  std::string_view text;
  std::vector<PTok> toks;
  std::vector<std::string_view> vals; ///< per token
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool isDigitAt(std::string_view t, size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }

int twoDigits(std::string_view t, size_t i) {
  if (!isDigitAt(t, i) || !isDigitAt(t, i + 1)) return -1;
  return (t[i] - '0') * 10 + (t[i + 1] - '0');
}

bool nameAt(std::string_view t, size_t i, std::string_view name) {
  if (i + name.size() > t.size()) return false;
  for (size_t k = 0; k < name.size(); k++)
    if (lower(t[i + k]) != name[k]) return false;
  return true;
}

/// Candidate lengths of directive d at t[i], in regex preference order.
void candidates(char d, std::string_view t, size_t i, std::vector<size_t> &out) {
  auto numeric = [&](int lo2, int hi2, bool one, int lo1) {
    int v = twoDigits(t, i);
    if (v >= lo2 && v <= hi2) out.push_back(2);
    if (one && isDigitAt(t, i) && t[i] - '0' >= lo1) out.push_back(1);
  };
  switch (d) {
  case 'd':
    numeric(1, 31, true, 1);
    if (i + 1 < t.size() && t[i] == ' ' && isDigitAt(t, i + 1) && t[i + 1] != '0') out.push_back(2);
    break;
  case 'H':
    numeric(0, 23, true, 0);
    break;
  case 'I':
  case 'm':
    numeric(1, 12, true, 1);
    break;
  case 'M':
    numeric(0, 59, true, 0);
    break;
  case 'S':
    numeric(0, 61, true, 0);
    break;
  case 'U':
  case 'W':
    numeric(0, 53, true, 0);
    break;
  case 'V':
    numeric(1, 53, true, 0);
    break;
  case 'y':
    if (twoDigits(t, i) >= 0) out.push_back(2);
    break;
  case 'Y':
  case 'G':
    if (twoDigits(t, i) >= 0 && twoDigits(t, i + 2) >= 0) out.push_back(4);
    break;
  case 'w':
    if (isDigitAt(t, i) && t[i] <= '6') out.push_back(1);
    break;
  case 'u':
    if (isDigitAt(t, i) && t[i] >= '1' && t[i] <= '7') out.push_back(1);
    break;
  case 'j': {
    if (isDigitAt(t, i) && isDigitAt(t, i + 1) && isDigitAt(t, i + 2)) {
      int v = (t[i] - '0') * 100 + (t[i + 1] - '0') * 10 + (t[i + 2] - '0');
      if (v >= 1 && v <= 366) out.push_back(3);
    }
    int v = twoDigits(t, i);
    if (v >= 10) out.push_back(2);
    if (v >= 1 && v <= 9) out.push_back(2); // "0[1-9]"
    if (isDigitAt(t, i) && t[i] != '0') out.push_back(1);
    break;
  }
  case 'f': {
    size_t n = 0;
    while (n < 6 && isDigitAt(t, i + n))
      n++;
    for (; n >= 1; n--)
      out.push_back(n);
    break;
  }
  case 'a':
  case 'A':
  case 'b':
  case 'B': {
    // Longest names first, as CPython sorts the alternatives.
    std::vector<std::string> names;
    if (d == 'A' || d == 'a')
      for (const char *n : kFullDays)
        names.push_back(d == 'A' ? std::string(n) : std::string(n, 3));
    else
      for (const char *n : kFullMonths)
        names.push_back(d == 'B' ? std::string(n) : std::string(n, 3));
    std::stable_sort(names.begin(), names.end(), [](const std::string &x, const std::string &y) {
      return x.size() > y.size();
    });
    for (auto &n : names)
      if (nameAt(t, i, n)) out.push_back(n.size());
    break;
  }
  case 'p':
    if (nameAt(t, i, "am") || nameAt(t, i, "pm")) out.push_back(2);
    break;
  case 'Z':
    for (std::string_view n : {"utc", "gmt"})
      if (nameAt(t, i, n)) out.push_back(3);
    break;
  case 'z': {
    if (i < t.size() && t[i] == 'Z') {
      out.push_back(1);
      break;
    }
    if (i >= t.size() || (t[i] != '+' && t[i] != '-')) break;
    size_t j = i + 1;
    if (twoDigits(t, j) < 0) break;
    j += 2;
    bool colon = j < t.size() && t[j] == ':';
    if (colon) j++;
    if (!isDigitAt(t, j) || t[j] > '5' || !isDigitAt(t, j + 1)) break;
    j += 2;
    // Optional seconds and microseconds, greedy.
    size_t k = j;
    if (k < t.size() && t[k] == ':' && colon) k++;
    if (isDigitAt(t, k) && t[k] <= '5' && isDigitAt(t, k + 1)) {
      k += 2;
      if (k < t.size() && t[k] == '.' && isDigitAt(t, k + 1)) {
        size_t m = k + 1;
        while (m < t.size() && m - k - 1 < 6 && isDigitAt(t, m))
          m++;
        out.push_back(m - i);
      }
      out.push_back(k - i);
    }
    out.push_back(j - i);
    break;
  }
  case '%':
    if (i < t.size() && t[i] == '%') out.push_back(1);
    break;
  default:
    break;
  }
}

bool matchFrom(PMatch &m, size_t tok, size_t pos, size_t *end) {
  if (tok == m.toks.size()) {
    *end = pos;
    return true;
  }
  const PTok &tk = m.toks[tok];
  std::string_view t = m.text;
  if (tk.dir == 0) {
    if (!nameAt(t, pos, tk.lit)) return false;
    m.vals[tok] = t.substr(pos, tk.lit.size());
    return matchFrom(m, tok + 1, pos + tk.lit.size(), end);
  }
  std::vector<size_t> lens;
  if (tk.dir == ' ') {
    size_t n = 0;
    while (pos + n < t.size() && std::isspace(static_cast<unsigned char>(t[pos + n])))
      n++;
    for (; n >= 1; n--)
      lens.push_back(n);
  } else {
    candidates(tk.dir, t, pos, lens);
  }
  for (size_t len : lens) {
    m.vals[tok] = t.substr(pos, len);
    if (matchFrom(m, tok + 1, pos + len, end)) return true;
  }
  return false;
}

int64_t toInt(std::string_view v) {
  int64_t r = 0;
  for (char c : v)
    if (c >= '0' && c <= '9') r = r * 10 + (c - '0');
  return r;
}

/// Days from 0001-01-01 (ordinal 1) for a valid date.
int64_t ordinalOf(int64_t y, int m, int d) {
  static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  int64_t py = y - 1;
  int64_t days = py * 365 + py / 4 - py / 100 + py / 400 + before[m - 1] + d;
  if (m > 2 && isLeap(y)) days++;
  return days;
}

int daysIn(int64_t y, int m) {
  static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : dim[m - 1];
}

/// Civil date from an ordinal (1 = 0001-01-01).
void fromOrdinal(int64_t ord, int64_t *y, int *m, int *d) {
  // Days since 1970-01-01 is ord - 719163.
  civilFromDays(ord - 719163, y, m, d);
}

std::string pyRepr(std::string_view s) {
  MoltValue v = strFromUtf8(s);
  if (molt_is_error(v)) {
    molt_decref(molt_err_fetch());
    return std::string(s);
  }
  MoltValue r = molt_repr(v);
  molt_decref(v);
  if (molt_is_error(r)) {
    molt_decref(molt_err_fetch());
    return std::string(s);
  }
  std::string out(strView(r));
  molt_decref(r);
  return out;
}

MoltValue t_strptime(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"data_string", "format"};
  MoltValue args[2];
  if (noKeywords("strptime", kw) < 0) return MOLT_ERROR;
  if (n < 1)
    return molt_raise_fmt(&molt_type_TypeError,
                          "_strptime_time() missing 1 required positional argument: '%s'",
                          names[0]);
  if (n > 2)
    return molt_raise_fmt(
        &molt_type_TypeError,
        "_strptime_time() takes from 1 to 2 positional arguments but %zu were given", n);
  args[0] = a[0];
  args[1] = n == 2 ? a[1] : MOLT_UNBOUND;
  for (int i = 0; i < 2; i++)
    if (args[i] != MOLT_UNBOUND && !isStr(args[i]))
      return molt_raise_fmt(&molt_type_TypeError,
                            "strptime() argument %d must be str, not <class '%s'>", i,
                            typeName(args[i]));
  std::string_view text = strView(args[0]);
  std::string_view fmt = args[1] == MOLT_UNBOUND ? "%a %b %d %H:%M:%S %Y" : strView(args[1]);
  // Tokenize, expanding the C locale's %c, %x and %X.
  std::string expanded;
  for (size_t i = 0; i < fmt.size(); i++) {
    if (fmt[i] == '%' && i + 1 < fmt.size()) {
      char c = fmt[i + 1];
      if (c == 'c' || c == 'x' || c == 'X') {
        expanded += c == 'c' ? "%a %b %d %H:%M:%S %Y" : c == 'x' ? "%m/%d/%y" : "%H:%M:%S";
        i++;
        continue;
      }
      expanded += fmt[i];
      expanded += c;
      i++;
      continue;
    }
    expanded += fmt[i];
  }
  PMatch m;
  m.text = text;
  for (size_t i = 0; i < expanded.size(); i++) {
    char c = expanded[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      while (i + 1 < expanded.size() && std::isspace(static_cast<unsigned char>(expanded[i + 1])))
        i++;
      m.toks.push_back({' ', ""});
      continue;
    }
    if (c == '%') {
      if (i + 1 >= expanded.size())
        return molt_raise_fmt(&molt_type_ValueError, "stray %% in format '%s'",
                              std::string(fmt).c_str());
      char d = expanded[++i];
      if (!strchr("aAbBdfHIjmMpSUwWyYzZ%GVu", d)) {
        if (d == '\\') d = '%';
        return molt_raise_fmt(&molt_type_ValueError, "'%c' is a bad directive in format '%s'", d,
                              std::string(fmt).c_str());
      }
      m.toks.push_back({d, ""});
      continue;
    }
    if (!m.toks.empty() && m.toks.back().dir == 0)
      m.toks.back().lit += lower(c);
    else
      m.toks.push_back({0, std::string(1, lower(c))});
  }
  m.vals.resize(m.toks.size());
  size_t end = 0;
  if (!matchFrom(m, 0, 0, &end))
    return molt_raise_fmt(&molt_type_ValueError, "time data %s does not match format %s",
                          pyRepr(text).c_str(), pyRepr(fmt).c_str());
  if (end != text.size())
    return molt_raise_fmt(&molt_type_ValueError, "unconverted data remains: %s",
                          std::string(text.substr(end)).c_str());
  int64_t year = -1, isoYear = -1, isoWeek = -1, weekOfYear = -1, julian = -1, weekday = -1;
  int month = 1, day = 1, hour = 0, minute = 0, second = 0, tz = -1, weekStart = 0;
  bool pm = false, am = false, hasI = false;
  MoltValue zone = MOLT_NONE, gmtoff = MOLT_NONE;
  for (size_t i = 0; i < m.toks.size(); i++) {
    std::string_view v = m.vals[i];
    switch (m.toks[i].dir) {
    case 'y':
      year = toInt(v) + (toInt(v) <= 68 ? 2000 : 1900);
      break;
    case 'Y':
      year = toInt(v);
      break;
    case 'G':
      isoYear = toInt(v);
      break;
    case 'V':
      isoWeek = toInt(v);
      break;
    case 'm':
      month = static_cast<int>(toInt(v));
      break;
    case 'b':
    case 'B':
      for (int k = 0; k < 12; k++)
        if (nameAt(v, 0,
                   m.toks[i].dir == 'B' ? std::string_view(kFullMonths[k])
                                        : std::string_view(kFullMonths[k], 3)) &&
            v.size() == (m.toks[i].dir == 'B' ? strlen(kFullMonths[k]) : 3))
          month = k + 1;
      break;
    case 'd':
      day = static_cast<int>(toInt(v));
      break;
    case 'H':
      hour = static_cast<int>(toInt(v));
      break;
    case 'I':
      hour = static_cast<int>(toInt(v));
      hasI = true;
      break;
    case 'p':
      pm = lower(v[0]) == 'p';
      am = !pm;
      break;
    case 'M':
      minute = static_cast<int>(toInt(v));
      break;
    case 'S':
      second = static_cast<int>(toInt(v));
      break;
    case 'a':
    case 'A':
      for (int k = 0; k < 7; k++)
        if (v.size() == (m.toks[i].dir == 'A' ? strlen(kFullDays[k]) : 3) &&
            nameAt(v, 0, std::string_view(kFullDays[k], v.size())))
          weekday = k;
      break;
    case 'w':
      weekday = toInt(v) == 0 ? 6 : toInt(v) - 1;
      break;
    case 'u':
      weekday = toInt(v) - 1;
      break;
    case 'j':
      julian = toInt(v);
      break;
    case 'U':
    case 'W':
      weekOfYear = toInt(v);
      weekStart = m.toks[i].dir == 'U' ? 6 : 0;
      break;
    case 'Z':
      tz = 0;
      zone = molt_const_str(v.data(), v.size());
      break;
    case 'z':
      if (v == "Z") {
        gmtoff = molt_small_int(0);
      } else {
        size_t j = 1;
        int64_t hh = toInt(v.substr(j, 2));
        j += 2;
        if (j < v.size() && v[j] == ':') j++;
        int64_t mm = toInt(v.substr(j, 2));
        j += 2;
        if (j < v.size() && v[j] == ':') j++;
        int64_t ss = j + 2 <= v.size() ? toInt(v.substr(j, 2)) : 0;
        int64_t off = hh * 3600 + mm * 60 + ss;
        gmtoff = molt_int_from_i64(v[0] == '-' ? -off : off);
      }
      break;
    default:
      break;
    }
  }
  (void)am;
  if (hasI) {
    if (!pm) {
      if (hour == 12) hour = 0;
    } else if (hour != 12) {
      hour += 12;
    }
  }
  if (isoYear >= 0) {
    if (isoWeek < 0 || weekday < 0)
      return molt_raise_fmt(&molt_type_ValueError,
                            "ISO year directive '%%G' must be used with the ISO week directive "
                            "'%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
    if (julian >= 0)
      return molt_raise_fmt(&molt_type_ValueError,
                            "Day of the year directive '%%j' is not compatible with ISO year "
                            "directive '%%G'. Use '%%Y' instead.");
  } else if (isoWeek >= 0) {
    if (weekday < 0)
      return molt_raise_fmt(&molt_type_ValueError,
                            "ISO week directive '%%V' must be used with the ISO year directive "
                            "'%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
    return molt_raise_fmt(&molt_type_ValueError,
                          "ISO week directive '%%V' is incompatible with the year directive "
                          "'%%Y'. Use the ISO year '%%G' instead.");
  }
  bool leapFix = false;
  if (year < 0 && isoYear >= 0 && isoWeek >= 0 && weekday >= 0) {
    // ISO calendar: week 1 holds January 4th.
    int64_t jan4 = ordinalOf(isoYear, 1, 4);
    int64_t monday1 = jan4 - ((jan4 + 6) % 7);
    int64_t ord = monday1 + (isoWeek - 1) * 7 + weekday;
    int mo, da;
    fromOrdinal(ord, &year, &mo, &da);
    julian = ord - ordinalOf(year, 1, 1) + 1;
  } else if (year < 0 && month == 2 && day == 29) {
    year = 1904; // a leap year, so Feb 29 is valid; reported as 1900
    leapFix = true;
  } else if (year < 0) {
    year = 1900;
  }
  if (year < 1 || year > 9999)
    return molt_raise_fmt(&molt_type_ValueError, "year %lld is out of range", (long long)year);
  if (julian < 0 && weekday >= 0 && weekOfYear >= 0) {
    int64_t first = (ordinalOf(year, 1, 1) + 6) % 7; // Monday = 0
    int64_t dow = weekday;
    if (weekStart != 0) {
      first = (first + 1) % 7;
      dow = (dow + 1) % 7;
    }
    int64_t week0 = (7 - first) % 7;
    julian = weekOfYear == 0 ? 1 + dow - first : 1 + week0 + 7 * (weekOfYear - 1) + dow;
    if (julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian < 0) {
    if (day > daysIn(year, month))
      return molt_raise_fmt(&molt_type_ValueError, "day is out of range for month");
    julian = ordinalOf(year, month, day) - ordinalOf(year, 1, 1) + 1;
  } else {
    int64_t ord = julian - 1 + ordinalOf(year, 1, 1);
    int mo, da;
    int64_t yy;
    fromOrdinal(ord, &yy, &mo, &da);
    if (yy < 1 || yy > 9999)
      return molt_raise_fmt(&molt_type_ValueError, "year %lld is out of range", (long long)yy);
    year = yy;
    month = mo;
    day = da;
  }
  if (weekday < 0) weekday = (ordinalOf(year, month, day) + 6) % 7;
  if (leapFix) year = 1900;
  int64_t f[9] = {year, month, day, hour, minute, second, weekday, julian, tz};
  return structTimeNew9(f, zone, gmtoff);
}

} // namespace

namespace molt::rt {

void initTimeModule(NativeModuleBuilder &b) {
  readyType(&molt_type_struct_time_);
  b.addType(&molt_type_struct_time_);
  b.addFunc("gmtime", t_gmtime);
  b.addFunc("localtime", t_localtime);
  b.addFunc("mktime", t_mktime);
  b.addFunc("strftime", t_strftime);
  b.addFunc("strptime", t_strptime);
  b.addFunc("asctime", t_asctime);
  b.addFunc("ctime", t_ctime);
  // timezone/altzone/daylight/tzname from January and July of the current year.
  int64_t now = pf::platformWallNs() / 1000000000;
  int64_t year = 1970 + now / 31556952;
  pf::LocalTime jan, jul;
  int64_t janSecs = (year - 1970) * 31556952 - 86400 * 30;
  if (pf::platformLocalTime(janSecs - (janSecs % 86400), &jan) &&
      pf::platformLocalTime(janSecs + 86400 * 182, &jul)) {
    int64_t janOff = -jan.gmtoff, julOff = -jul.gmtoff;
    bool southern = janOff < julOff; // DST in January
    b.add("timezone", molt_int_from_i64(southern ? julOff : janOff));
    b.add("altzone", molt_int_from_i64(southern ? janOff : julOff));
    b.add("daylight", molt_small_int(janOff != julOff ? 1 : 0));
    MoltValue names[2] = {strFromUtf8(southern ? jul.zone : jan.zone),
                          strFromUtf8(southern ? jan.zone : jul.zone)};
    b.add("tzname", molt_tuple_new(names, 2));
    molt_decref(names[0]);
    molt_decref(names[1]);
  }
  b.addFunc("time", t_time);
  b.addFunc("time_ns", t_time_ns);
  b.addFunc("monotonic", t_monotonic);
  b.addFunc("monotonic_ns", t_monotonic_ns);
  b.addFunc("perf_counter", t_perf_counter);
  b.addFunc("perf_counter_ns", t_perf_counter_ns);
  b.addFunc("process_time", t_process_time);
  b.addFunc("process_time_ns", t_process_time_ns);
  b.addFunc("sleep", t_sleep);
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native_time = {"time", molt::rt::initTimeModule, nullptr};
}
