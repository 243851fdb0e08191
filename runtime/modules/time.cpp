// The `time` module (native): clocks and sleep over the platform layer.
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

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

} // namespace

namespace molt::rt {

void initTimeModule(NativeModuleBuilder &b) {
  readyType(&molt_type_struct_time_);
  b.addType(&molt_type_struct_time_);
  b.addFunc("gmtime", t_gmtime);
  b.addFunc("localtime", t_localtime);
  b.addFunc("mktime", t_mktime);
  b.addFunc("strftime", t_strftime);
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
