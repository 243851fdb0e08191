// The traceback type (entries recorded by molt_tb_add while unwinding) and
// the printing of uncaught exceptions in CPython 3.12's format.
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../builtins/builtins_internal.h"
#include "../platform/platform.h"
#include "textfmt.h"

using namespace molt::rt;

namespace {

void tbDealloc(MoltObject *o) {
  auto *tb = reinterpret_cast<MoltTraceback *>(o);
  if (tb->entries != tb->inlineEntries) std::free(tb->entries);
  freeObject(o);
}

void tbTraverse(MoltObject *, visitfunc, void *) {}

MoltValue tbRepr(MoltValue self) {
  char buf[64];
  formatBuf(buf, sizeof buf, "<traceback object at %p>", static_cast<void *>(molt_ptr(self)));
  return strFromUtf8(buf);
}

int tbHash(MoltValue self, int64_t *out) {
  uint64_t p = reinterpret_cast<uintptr_t>(molt_ptr(self));
  *out = static_cast<int64_t>((p >> 4) | (p << 60));
  if (*out == -1) *out = -2;
  return 0;
}

MoltTraceback *tbNew() {
  MoltObject *o = allocObjectHead(&molt_type_traceback, sizeof(MoltTraceback), 0);
  if (o == nullptr) return nullptr;
  auto *tb = reinterpret_cast<MoltTraceback *>(o);
  tb->size = 0;
  tb->capacity = kTracebackInline;
  tb->entries = tb->inlineEntries;
  return tb;
}

bool tbPush(MoltTraceback *tb, const TracebackEntry &e) {
  if (tb->size == tb->capacity) {
    int32_t cap = tb->capacity * 2;
    size_t bytes = sizeof(TracebackEntry) * static_cast<size_t>(cap);
    bool inl = tb->entries == tb->inlineEntries;
    void *p = inl ? std::malloc(bytes) : std::realloc(tb->entries, bytes);
    if (p == nullptr) return false;
    if (inl) std::memcpy(p, tb->inlineEntries, sizeof tb->inlineEntries);
    tb->entries = static_cast<TracebackEntry *>(p);
    tb->capacity = cap;
  }
  tb->entries[tb->size++] = e;
  return true;
}

// ---------------------------------------------------------------------------
// Printing

// True if the traceback value has entries.
bool hasTraceback(MoltValue tbv) {
  return isExact(tbv, &molt_type_traceback) && as<MoltTraceback>(tbv)->size > 0;
}

size_t charCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

bool isSpace(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
}

// ---------------------------------------------------------------------------
// Caret anchors. CPython 3.12 re-parses the failing expression and, for a
// binary operation or a subscript, marks the operator (or the [index] part)
// with '^' and the rest with '~'. The runtime has no parser, so a small
// scanner finds the top-level operator of the segment with the same result
// for ordinary expressions.

struct Anchors {
  size_t left, right; // byte offsets in the segment
};

bool isIdentByte(unsigned char c) {
  return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') ||
         ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Skips a string literal starting at s[i] (the quote); returns the index after it.
size_t skipString(std::string_view s, size_t i) {
  char q = s[i];
  bool triple = i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q;
  size_t j = i + (triple ? 3 : 1);
  while (j < s.size()) {
    if (s[j] == '\\') {
      j += 2;
      continue;
    }
    if (s[j] == q) {
      if (!triple) return j + 1;
      if (j + 2 < s.size() && s[j + 1] == q && s[j + 2] == q) return j + 3;
    }
    j++;
  }
  return s.size();
}

bool findAnchors(std::string_view seg, Anchors *out) {
  struct Op {
    size_t pos, len;
    int prec;
  };
  std::vector<Op> ops;
  int depth = 0;
  bool prevOperand = false; // the previous token ends an operand
  bool startsUnary = false;
  bool sawToken = false;
  size_t lastClose = std::string_view::npos, lastOpenOfClose = std::string_view::npos;
  std::vector<size_t> opens;
  std::vector<std::pair<size_t, size_t>> parens; // matched ( ) pairs
  size_t i = 0, n = seg.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(seg[i]);
    if (c == ' ' || c == '\t' || c == '\f') {
      i++;
      continue;
    }
    if (c == '#') return false;
    bool top = depth == 0;
    if (c == '"' || c == '\'') {
      i = skipString(seg, i);
      prevOperand = true;
      sawToken = true;
      continue;
    }
    if (isIdentByte(c)) {
      size_t j = i;
      while (j < n && isIdentByte(static_cast<unsigned char>(seg[j])))
        j++;
      if (j < n && (seg[j] == '"' || seg[j] == '\'') && j - i <= 3 && !(c >= '0' && c <= '9')) {
        i = skipString(seg, j); // string prefix (r, b, f, rb...)
        prevOperand = true;
        sawToken = true;
        continue;
      }
      std::string_view word = seg.substr(i, j - i);
      if (c >= '0' && c <= '9') {
        // Numbers: exponent signs belong to the literal (1e-5).
        while (j < n &&
               (seg[j] == '.' || isIdentByte(static_cast<unsigned char>(seg[j])) ||
                ((seg[j] == '-' || seg[j] == '+') && (seg[j - 1] == 'e' || seg[j - 1] == 'E'))))
          j++;
      } else if (top && (word == "and" || word == "or" || word == "not" || word == "if" ||
                         word == "else" || word == "lambda" || word == "in" || word == "is" ||
                         word == "for" || word == "await" || word == "yield")) {
        return false;
      }
      i = j;
      prevOperand = true;
      sawToken = true;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      opens.push_back(i);
      depth++;
      i++;
      prevOperand = false;
      sawToken = true;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      depth--;
      if (depth < 0) return false;
      size_t open = opens.back();
      opens.pop_back();
      if (c == ')') parens.push_back({open, i});
      if (depth == 0) {
        lastClose = i;
        lastOpenOfClose = open;
      }
      i++;
      prevOperand = true;
      continue;
    }
    if (c == '.') {
      i++;
      prevOperand = false;
      continue;
    }
    // Operators.
    static const char *const kOps[] = {
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=", "->", "+", "-", "*",
        "/",  "%",  "@",  "&",  "|",  "^",  "~",  "<",  ">",  ",",  ":", "=", "!"};
    size_t len = 0;
    std::string_view op;
    for (const char *o : kOps) {
      size_t l = std::strlen(o);
      if (seg.substr(i, l) == o) {
        len = l;
        op = std::string_view(o, l);
        break;
      }
    }
    if (len == 0) return false;
    if (top) {
      int prec = -1;
      if (op == "|")
        prec = 1;
      else if (op == "^")
        prec = 2;
      else if (op == "&")
        prec = 3;
      else if (op == "<<" || op == ">>")
        prec = 4;
      else if (op == "+" || op == "-")
        prec = 5;
      else if (op == "*" || op == "/" || op == "//" || op == "%" || op == "@")
        prec = 6;
      else if (op == "**")
        prec = 8;
      else if (op != "~")
        return false; // comparisons, assignments, commas, ...
      bool binary = prevOperand && op != "~";
      if (binary) {
        if (seg.substr(i + len, 1) == "=") return false; // augmented assignment
        ops.push_back({i, len, prec});
      } else if (!sawToken) {
        startsUnary = true;
      }
    }
    i += len;
    prevOperand = false;
    sawToken = true;
  }
  if (depth != 0) return false;
  if (!ops.empty()) {
    int minPrec = 100;
    for (const Op &o : ops)
      minPrec = o.prec < minPrec ? o.prec : minPrec;
    if (startsUnary && minPrec > 6) return false; // -x ** y is a unary operation
    const Op *chosen = nullptr;
    for (const Op &o : ops) {
      if (o.prec != minPrec) continue;
      if (minPrec == 8) { // ** is right-associative: the first one is the root
        chosen = &o;
        break;
      }
      chosen = &o; // the others are left-associative: the last one is the root
    }
    // CPython measures from the end of the left operand node to the start
    // of the right one (grouping parentheses excluded) and quirks follow.
    auto isSp = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\f'; };
    auto grouping = [&](size_t o, size_t cl) {
      size_t k = o;
      while (k > 0 && isSp(seg[k - 1]))
        k--;
      if (k > 0) {
        unsigned char pc = static_cast<unsigned char>(seg[k - 1]);
        if (isIdentByte(pc) || pc == ')' || pc == ']' || pc == '}' || pc == '"' || pc == '\'') {
          // A call, unless the preceding word is a keyword-like operator.
          return false;
        }
      }
      int d = 0;
      bool empty = true;
      for (size_t m = o + 1; m < cl; m++) {
        char ch = seg[m];
        if (ch == '"' || ch == '\'') {
          m = skipString(seg, m) - 1;
          empty = false;
          continue;
        }
        if (!isSp(ch)) empty = false;
        if (ch == '(' || ch == '[' || ch == '{')
          d++;
        else if (ch == ')' || ch == ']' || ch == '}')
          d--;
        else if (d == 0 && ch == ',')
          return false;
        else if (d == 0 && seg.substr(m, 3) == "for" && m > o + 1 && isSp(seg[m - 1]))
          return false;
      }
      return !empty;
    };
    auto pairOfClose = [&](size_t cl) -> const std::pair<size_t, size_t> * {
      for (const auto &pr : parens)
        if (pr.second == cl) return &pr;
      return nullptr;
    };
    auto pairOfOpen = [&](size_t o) -> const std::pair<size_t, size_t> * {
      for (const auto &pr : parens)
        if (pr.first == o) return &pr;
      return nullptr;
    };
    size_t q = chosen->pos;
    for (;;) {
      while (q > 0 && isSp(seg[q - 1]))
        q--;
      const std::pair<size_t, size_t> *pr =
          q > 0 && seg[q - 1] == ')' ? pairOfClose(q - 1) : nullptr;
      if (pr == nullptr || !grouping(pr->first, pr->second)) break;
      q = pr->second;
    }
    size_t rs = chosen->pos + chosen->len;
    for (;;) {
      while (rs < n && isSp(seg[rs]))
        rs++;
      const std::pair<size_t, size_t> *pr = rs < n && seg[rs] == '(' ? pairOfOpen(rs) : nullptr;
      if (pr == nullptr || !grouping(pr->first, pr->second)) break;
      rs = pr->first + 1;
    }
    // The operator is the first character after the left operand that is
    // neither a space nor a closing parenthesis (two characters when the
    // next one is not a space either), as CPython's C traceback code finds it.
    size_t left = q, right = q + 1;
    for (size_t k = q; k < rs; k++) {
      if (isSp(seg[k])) continue;
      left = k;
      right = k + ((k + 1 < rs && !isSp(seg[k + 1])) ? 2 : 1);
      if (k + 1 < rs && seg[k] == ')') continue;
      break;
    }
    out->left = left;
    out->right = right;
    return true;
  }
  if (startsUnary) return false;
  // A subscript: the segment ends with the ']' of a top-level '[' that follows an operand.
  size_t end = n;
  while (end > 0 && (seg[end - 1] == ' ' || seg[end - 1] == '\t'))
    end--;
  if (lastClose == std::string_view::npos || lastClose + 1 != end || seg[lastClose] != ']')
    return false;
  size_t open = lastOpenOfClose;
  size_t k = open;
  while (k > 0 && (seg[k - 1] == ' ' || seg[k - 1] == '\t'))
    k--;
  if (k == 0) return false;
  out->left = open;
  out->right = end;
  return true;
}

const char *sourceLine(const MoltCodeInfo *code, int32_t line) {
  if (code == nullptr || code->source_lines == nullptr || line < 1 || line > code->nlines)
    return nullptr;
  return code->source_lines[line - 1];
}

void formatEntry(std::string &out, const TracebackEntry &e) {
  const MoltCodeInfo *c = e.code;
  out += "  File \"";
  out += c && c->filename ? c->filename : "<unknown>";
  out += "\", line ";
  out += std::to_string(e.line);
  out += ", in ";
  out += c && c->name ? c->name : "<unknown>";
  out += '\n';
  const char *src = sourceLine(c, e.line);
  if (src == nullptr) return;
  std::string_view orig(src);
  size_t b = 0, end = orig.size();
  while (b < end && isSpace(orig[b]))
    b++;
  while (end > b && isSpace(orig[end - 1]))
    end--;
  if (b == end) return;
  std::string_view stripped = orig.substr(b, end - b);
  out += "    ";
  out += stripped;
  out += '\n';
  if (e.col < 0 || e.end_col < 0 || static_cast<size_t>(e.col) > orig.size()) return;
  size_t startC = charCount(orig.substr(0, static_cast<size_t>(e.col)));
  size_t endC;
  if (e.end_line == e.line) {
    if (static_cast<size_t>(e.end_col) > orig.size()) return;
    endC = charCount(orig.substr(0, static_cast<size_t>(e.end_col)));
  } else {
    endC = charCount(orig.substr(0, end));
  }
  size_t leading = charCount(orig.substr(0, b));
  if (endC <= startC || startC < leading) return;
  Anchors anchors{0, 0};
  bool haveAnchors = false;
  if (e.end_line == e.line)
    haveAnchors =
        findAnchors(orig.substr(static_cast<size_t>(e.col), static_cast<size_t>(e.end_col - e.col)),
                    &anchors) &&
        anchors.right > anchors.left;
  if (!haveAnchors && endC - startC >= charCount(stripped)) return; // the whole line
  out += "    ";
  out.append(startC - leading, ' ');
  if (!haveAnchors) {
    out.append(endC - startC, '^');
  } else {
    std::string_view seg = orig.substr(static_cast<size_t>(e.col));
    size_t l = charCount(seg.substr(0, anchors.left)), r = charCount(seg.substr(0, anchors.right));
    for (size_t k = 0; k < endC - startC; k++)
      out += (k >= l && k < r) ? '^' : '~';
  }
  out += '\n';
}

// The frame lines of a traceback (without the "Traceback ..." header).
void formatTraceback(std::string &out, MoltValue tbv) {
  if (!hasTraceback(tbv)) return;
  auto *tb = as<MoltTraceback>(tbv);
  constexpr int32_t kLimit = 1000; // CPython's default traceback depth
  constexpr int kCutoff = 3;       // identical consecutive lines shown before folding
  int32_t first = tb->size - 1;
  int32_t last = tb->size > kLimit ? tb->size - kLimit : 0;
  const TracebackEntry *prev = nullptr;
  int count = 0;
  auto flushRepeat = [&] {
    if (count > kCutoff) {
      int more = count - kCutoff;
      out += "  [Previous line repeated " + std::to_string(more) +
             (more > 1 ? " more times]\n" : " more time]\n");
    }
  };
  for (int32_t i = first; i >= last; i--) {
    const TracebackEntry &e = tb->entries[i];
    bool same = prev != nullptr && prev->code != nullptr && e.code != nullptr &&
                prev->line == e.line && std::strcmp(prev->code->filename, e.code->filename) == 0 &&
                std::strcmp(prev->code->name, e.code->name) == 0;
    if (!same) {
      flushRepeat();
      prev = &e;
      count = 0;
    }
    count++;
    if (count > kCutoff) continue;
    formatEntry(out, e);
  }
  flushRepeat();
}

// The "module.QualName" of an exception's type as CPython prints it.
std::string qualifiedTypeName(MoltValue exc) {
  MoltType *t = molt_type_of(exc);
  if ((t->flags & kTypeImmutable) != 0) return t->name;
  std::string name = t->name;
  MoltValue tv = molt_from_ptr(t);
  MoltValue q = molt_getattr(tv, internStr("__qualname__"));
  if (molt_is_error(q))
    errClear();
  else {
    if (isStr(q)) name = std::string(strView(q));
    molt_decref(q);
  }
  MoltValue m = molt_getattr(tv, internStr("__module__"));
  if (molt_is_error(m)) {
    errClear();
    return name;
  }
  std::string mod = isStr(m) ? std::string(strView(m)) : "<unknown>";
  molt_decref(m);
  if (mod == "builtins" || mod == "__main__") return name;
  return mod + "." + name;
}

void formatSyntaxErrorBody(std::string &out, MoltValue exc) {
  auto *s = as<MoltSyntaxErrorObject>(exc);
  int64_t lineno = 0;
  if (!isStr(s->filename) || !isIntLike(s->lineno) || indexAsI64(s->lineno, &lineno) < 0) {
    errClear();
    return;
  }
  out += "  File \"";
  out += strView(s->filename);
  out += "\", line " + std::to_string(lineno) + "\n";
  if (!isStr(s->text)) return;
  std::string_view text = strView(s->text);
  size_t b = 0, end = text.size();
  while (b < end && isSpace(text[b]))
    b++;
  while (end > b && (text[end - 1] == '\n' || text[end - 1] == '\r'))
    end--;
  out += "    ";
  out += text.substr(b, end - b);
  out += '\n';
  int64_t off = 0, endOff = 0;
  if (!isIntLike(s->offset) || indexAsI64(s->offset, &off) < 0) {
    errClear();
    return;
  }
  if (!isIntLike(s->end_offset) || indexAsI64(s->end_offset, &endOff) < 0) {
    errClear();
    endOff = off + 1;
  }
  int64_t leading = static_cast<int64_t>(charCount(text.substr(0, b)));
  int64_t width = endOff > off ? endOff - off : 1;
  int64_t col = off - 1 - leading;
  if (col < 0) col = 0;
  out += "    ";
  out.append(static_cast<size_t>(col), ' ');
  out.append(static_cast<size_t>(width), '^');
  out += '\n';
}

void formatExceptionOnly(std::string &out, MoltValue exc) {
  if (!isExceptionInstance(exc)) {
    out += "TypeError: print_exception(): Exception expected for value, ";
    out += typeName(exc);
    out += " found\n";
    return;
  }
  bool syntax = isInstance(exc, &molt_type_SyntaxError);
  if (syntax) formatSyntaxErrorBody(out, exc);
  out += qualifiedTypeName(exc);
  MoltValue s;
  if (syntax && as<MoltSyntaxErrorObject>(exc)->msg != MOLT_NONE)
    s = molt_str(as<MoltSyntaxErrorObject>(exc)->msg);
  else
    s = molt_str(exc);
  if (molt_is_error(s)) {
    errClear();
    out += ": <exception str() failed>";
  } else {
    std::string_view sv = strView(s);
    std::string hint;
    if (!syntax) {
      MoltValue tbv = excObj(exc)->traceback;
      const MoltCodeInfo *innermost =
          hasTraceback(tbv) ? as<MoltTraceback>(tbv)->entries[0].code : nullptr;
      hint = suggestionFor(exc, innermost);
    }
    if (!sv.empty() || !hint.empty()) {
      out += ": ";
      out += sv;
      out += hint;
    }
    molt_decref(s);
  }
  out += '\n';
  MoltValue notes = excObj(exc)->notes;
  if (notes != MOLT_UNBOUND && (isList(notes) || isTuple(notes))) {
    int64_t n = isList(notes) ? as<MoltList>(notes)->size : tupleSize(notes);
    for (int64_t i = 0; i < n; i++) {
      MoltValue note = isList(notes) ? as<MoltList>(notes)->items[i] : tupleItem(notes, i);
      MoltValue ns = isStr(note) ? molt_newref(note) : molt_str(note);
      if (molt_is_error(ns)) {
        errClear();
        out += "<note str() failed>\n";
        continue;
      }
      out += strView(ns);
      out += '\n';
      molt_decref(ns);
    }
  } else if (notes != MOLT_UNBOUND) {
    MoltValue r = molt_repr(notes);
    if (molt_is_error(r)) {
      errClear();
      out += "<__notes__ repr() failed>\n";
    } else {
      out += strView(r);
      out += '\n';
      molt_decref(r);
    }
  }
}

} // namespace

extern "C" {
MoltType molt_type_traceback = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "traceback",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltTraceback),
    .dealloc = tbDealloc,
    .traverse = tbTraverse,
    .repr = tbRepr,
    .str = nullptr,
    .hash = tbHash,
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
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
} // extern "C"

namespace molt::rt {

void tracebackAppend(MoltValue exc, const TracebackEntry &e) {
  if (!isExceptionInstance(exc)) return;
  MoltBaseExceptionObject *x = excObj(exc);
  MoltTraceback *tb = nullptr;
  if (isExact(x->traceback, &molt_type_traceback)) {
    tb = as<MoltTraceback>(x->traceback);
    if (tb->ob.refcnt > 1) {
      // Shared (e.g. through with_traceback): copy before extending.
      MoltTraceback *copy = tbNew();
      if (copy == nullptr) return;
      for (int32_t i = 0; i < tb->size; i++)
        tbPush(copy, tb->entries[i]);
      molt_decref(x->traceback);
      x->traceback = molt_from_ptr(copy);
      tb = copy;
    }
  } else {
    MoltValue saved = molt_state.exc;
    molt_state.exc = MOLT_NONE;
    tb = tbNew();
    if (tb == nullptr) {
      errClear();
      molt_state.exc = saved;
      return;
    }
    molt_state.exc = saved;
    molt_xdecref(x->traceback);
    x->traceback = molt_from_ptr(tb);
  }
  tbPush(tb, e);
}

} // namespace molt::rt

namespace {

// Printing state, as CPython's exception print context: exception group
// nesting (indentation and '|' margins) and the exceptions already shown.
struct PrintCtx {
  int depth = 0;
  bool needClose = false;
  std::vector<MoltValue> seen;
  std::string out;
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

std::string indentOf(const PrintCtx &c) {
  return std::string(static_cast<size_t>(2 * c.depth), ' ');
}

// Appends text, every line prefixed with the context's indentation and margin.
void emit(PrintCtx &c, std::string_view text, char margin = '|') {
  if (c.depth == 0) {
    c.out += text;
    return;
  }
  std::string prefix = indentOf(c);
  prefix += margin;
  prefix += ' ';
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    c.out += prefix;
    c.out += text.substr(pos, end - pos);
    pos = end;
  }
}

bool isSeen(const PrintCtx &c, MoltValue v) {
  for (MoltValue s : c.seen)
    if (s == v) return true;
  return false;
}

void formatException(PrintCtx &c, MoltValue exc) {
  // The chain, from exc back to its oldest cause/context.
  std::vector<MoltValue> chain;
  std::vector<const char *> joins;
  MoltValue cur = exc;
  c.seen.push_back(cur);
  while (isExceptionInstance(cur)) {
    MoltBaseExceptionObject *e = excObj(cur);
    MoltValue next = MOLT_NONE;
    const char *join = nullptr;
    if (e->cause != MOLT_NONE) {
      if (!isSeen(c, e->cause)) {
        next = e->cause;
        join = "\nThe above exception was the direct cause of the following exception:\n\n";
      }
    } else if (e->context != MOLT_NONE && !e->suppress_context && !isSeen(c, e->context)) {
      next = e->context;
      join = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    chain.push_back(cur);
    if (next == MOLT_NONE) break;
    c.seen.push_back(next);
    joins.push_back(join);
    cur = next;
  }
  if (chain.empty()) chain.push_back(exc);
  for (size_t i = chain.size(); i > 0; i--) {
    MoltValue e = chain[i - 1];
    bool group = isExceptionInstance(e) && isInstance(e, &molt_type_BaseExceptionGroup);
    MoltValue tb = isExceptionInstance(e) ? excObj(e)->traceback : MOLT_NONE;
    if (!group) {
      if (hasTraceback(tb)) {
        emit(c, "Traceback (most recent call last):\n");
        std::string t;
        formatTraceback(t, tb);
        emit(c, t);
      }
      std::string only;
      formatExceptionOnly(only, e);
      emit(c, only);
    } else if (c.depth > kMaxGroupDepth) {
      emit(c, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      bool toplevel = c.depth == 0;
      if (toplevel) c.depth++;
      if (hasTraceback(tb)) {
        emit(c, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        std::string t;
        formatTraceback(t, tb);
        emit(c, t);
      }
      std::string only;
      formatExceptionOnly(only, e);
      emit(c, only);
      MoltValue excs = as<MoltExceptionGroupObject>(e)->excs;
      int64_t num = isTuple(excs) ? tupleSize(excs) : 0;
      int64_t n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
      c.needClose = false;
      for (int64_t k = 0; k < n; k++) {
        bool last = k == n - 1;
        if (last) c.needClose = true;
        bool truncated = k >= kMaxGroupWidth;
        std::string title = truncated ? "..." : std::to_string(k + 1);
        c.out += indentOf(c) + (k == 0 ? "+-" : "  ") + "+---------------- " + title +
                 " ----------------\n";
        c.depth++;
        if (!truncated) {
          formatException(c, tupleItem(excs, k));
        } else {
          int64_t remaining = num - kMaxGroupWidth;
          emit(c, "and " + std::to_string(remaining) + " more exception" +
                      (remaining > 1 ? "s" : "") + "\n");
        }
        if (last && c.needClose) {
          c.out += indentOf(c) + "+------------------------------------\n";
          c.needClose = false;
        }
        c.depth--;
      }
      if (toplevel) c.depth = 0;
    }
    if (i > 1) emit(c, joins[i - 2]);
  }
}

} // namespace

namespace molt::rt {

void printException(MoltValue exc) {
  PrintCtx c;
  formatException(c, exc);
  std::string &out = c.out;
  MoltValue err = sysStderr();
  if (streamWrite(err, out) < 0) {
    errClear();
    platform::platformWrite(platform::kStderr, out.data(), out.size());
  }
  streamFlush(err);
  errClear();
}

// (textfmt.h) Here rather than in textfmt.cpp, which stays free of the
// platform layer: tests/rt drivers link it alone.
void writeStderrf(const char *fmt, ...) {
  std::string out;
  va_list ap;
  va_start(ap, fmt);
  vformatInto(out, fmt, ap);
  va_end(ap);
  platform::platformWrite(platform::kStderr, out.data(), out.size());
  platform::platformFlush(platform::kStderr);
}
} // namespace molt::rt
