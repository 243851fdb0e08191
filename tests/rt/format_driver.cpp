// Line-oriented driver for tests/rt/format_diff.py: one command per line on
// stdin, one result line on stdout. Strings travel as hex of their UTF-8 bytes
// ("-" for empty), ints as signed hex ("-1f").
//   I int spec            format(int, spec)
//   S str spec            format(str, spec)
//   P fmt T arg...        fmt % args; T is "t" (args is a tuple of the
//                         args) or "1" (a single non-tuple arg); each arg is
//                         i:<int> or s:<str>
// Result: "OK <hex>" or "ERR <ExceptionName> <hex message>".
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "molt/format.h"

using namespace molt::rt;

namespace {

std::string unhex(const std::string &h) {
  std::string s;
  if (h == "-") return s;
  for (size_t i = 0; i + 1 < h.size(); i += 2)
    s += char(std::stoi(h.substr(i, 2), nullptr, 16));
  return s;
}

std::string hex(const std::string &s) {
  if (s.empty()) return "-";
  static const char *d = "0123456789abcdef";
  std::string h;
  for (unsigned char c : s) {
    h += d[c >> 4];
    h += d[c & 15];
  }
  return h;
}

const char *excName(FmtStatus s) {
  switch (s) {
  case FmtStatus::ValueError:
    return "ValueError";
  case FmtStatus::OverflowError:
    return "OverflowError";
  case FmtStatus::TypeError:
    return "TypeError";
  case FmtStatus::MemoryError:
    return "MemoryError";
  default:
    return "Ok";
  }
}

std::string result(FmtStatus st, const std::string &out, const std::string &err) {
  if (st == FmtStatus::Ok) return "OK " + hex(out);
  return std::string("ERR ") + excName(st) + " " + hex(err);
}

BigInt parseInt(const std::string &h) { return big_parse(h, 16); }

struct Arg {
  bool isInt = false;
  BigInt i;
  std::string s;
};

// Simulates the runtime's '%' loop over a tuple of ints/strs.
FmtStatus percent(const std::string &fmt, const std::vector<Arg> &args, bool tuple,
                  std::string &out, std::string &err) {
  std::vector<PercentItem> items;
  percentParse(fmt, items);
  PercentArgs pa;
  pa.isTuple = tuple;
  pa.count = tuple ? int64_t(args.size()) : 1;
  pa.isMapping = false;
  for (PercentItem &it : items) {
    if (it.kind == PercentItem::Literal) {
      out.append(it.text);
      continue;
    }
    if (it.kind == PercentItem::Error) {
      err = it.error;
      return it.status;
    }
    int64_t idx;
    FmtStatus st;
    PercentSpec spec = it.spec;
    if (it.hasKey) {
      st = percentUseKey(pa, err);
      if (st != FmtStatus::Ok) return st;
      if (it.keyUnterminated) continue; // (a real runtime would look the key up otherwise)
    }
    if (it.widthStar) {
      if ((st = percentNextArg(pa, idx, err)) != FmtStatus::Ok) return st;
      int64_t w;
      if (!args[size_t(idx)].isInt) {
        err = kPercentStarWantsInt;
        return FmtStatus::TypeError;
      }
      if (!args[size_t(idx)].i.to_i64(&w)) {
        err = "Python int too large to convert to C ssize_t";
        return FmtStatus::OverflowError;
      }
      percentApplyStarWidth(spec, w);
    }
    if (it.precisionStar) {
      if ((st = percentNextArg(pa, idx, err)) != FmtStatus::Ok) return st;
      int64_t p;
      if (!args[size_t(idx)].isInt) {
        err = kPercentStarWantsInt;
        return FmtStatus::TypeError;
      }
      if (!args[size_t(idx)].i.to_i64(&p) || p > 2147483647 || p < -2147483648LL) {
        err = "Python int too large to convert to C int";
        return FmtStatus::OverflowError;
      }
      percentApplyStarPrecision(spec, p);
    }
    if (it.partial) continue;
    if ((st = percentNextArg(pa, idx, err)) != FmtStatus::Ok) return st;
    const Arg &a = args[size_t(idx)];
    if (!it.supported) {
      err = it.error;
      return it.status;
    }
    switch (spec.type) {
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      if (!a.isInt) {
        err = percentTypeMessage(spec.type, "str");
        return FmtStatus::TypeError;
      }
      st = percentFormatInt(a.i, spec, out, err);
      break;
    case 'c':
      if (a.isInt) {
        st = percentFormatChar(a.i, spec, out, err);
      } else {
        char32_t cp = 0;
        size_t ncp = 0;
        for (unsigned char c : a.s)
          if ((c & 0xC0) != 0x80) ++ncp;
        if (ncp != 1) {
          err = kPercentCharTypeError;
          return FmtStatus::TypeError;
        }
        // decode the single code point
        unsigned char c0 = (unsigned char)a.s[0];
        size_t len = a.s.size();
        cp = len == 1 ? c0 : len == 2 ? (c0 & 0x1F) : len == 3 ? (c0 & 0x0F) : (c0 & 0x07);
        for (size_t k = 1; k < len; ++k)
          cp = (cp << 6) | ((unsigned char)a.s[k] & 0x3F);
        st = percentFormatChar(int64_t(cp), spec, out, err);
      }
      break;
    case 's':
    case 'r':
    case 'a':
      if (a.isInt) {
        std::string text;
        st = intFormat(a.i.ref(), std::string_view(), text, err);
        if (st == FmtStatus::Ok) st = percentFormatStr(text, spec, out, err);
      } else {
        st = percentFormatStr(a.s, spec, out, err); // the script only sends %s for strs
      }
      break;
    default: { // e E f F g G
      double d;
      BigError be;
      if (!a.isInt) {
        err = std::string("must be real number, not str");
        return FmtStatus::TypeError;
      }
      if (int_to_double(a.i.ref(), &d, &be) != BigStatus::ok) {
        err = "int too large to convert to float";
        return FmtStatus::OverflowError;
      }
      st = fmtStatusFromFloat(floatPercentFormat(d, spec, out, err));
    }
    }
    if (st != FmtStatus::Ok) return st;
  }
  return percentFinish(pa, err);
}

} // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    std::string cmd;
    in >> cmd;
    std::string out, err;
    FmtStatus st = FmtStatus::Ok;
    if (cmd == "I") {
      std::string v, spec;
      in >> v >> spec;
      BigInt b = parseInt(v);
      int64_t small;
      if (b.to_i64(&small) && (small & 1))
        st = intFormat(small, unhex(spec), out, err); // exercise the int64 overload
      else
        st = intFormat(b.ref(), unhex(spec), out, err);
    } else if (cmd == "S") {
      std::string v, spec;
      in >> v >> spec;
      st = strFormat(unhex(v), unhex(spec), out, err);
    } else if (cmd == "P") {
      std::string f, t, a;
      in >> f >> t;
      std::vector<Arg> args;
      while (in >> a) {
        Arg x;
        if (a[0] == 'i') {
          x.isInt = true;
          x.i = parseInt(a.substr(2));
        } else {
          x.s = unhex(a.substr(2));
        }
        args.push_back(std::move(x));
      }
      st = percent(unhex(f), args, t == "t", out, err);
    }
    std::cout << result(st, out, err) << '\n';
  }
  return 0;
}
