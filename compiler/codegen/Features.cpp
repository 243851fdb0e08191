// Which optional runtime features a program needs (see Features.h).
#include "codegen/Features.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>
#include <string_view>

namespace molt::codegen {

namespace {

/// One optional feature of the runtime.
struct Feature {
  const char *installer; ///< extern "C" void installer(void), in the runtime
  /// Names whose mention makes the feature reachable (attributes, builtins
  /// and the runtime functions that look the feature up by name).
  std::vector<const char *> names;
  /// Attribute names an AttributeError may suggest ("Did you mean: 'sort'?"):
  /// a near miss of one of them in the program also installs the feature.
  std::vector<const char *> suggested;
};

/// Words through which a program can get hold of a builtin type object
/// without naming it, call a type's constructor indirectly, or create a
/// class (which calls its bases' constructors): the constructors and class
/// creation are installed when any of them appears.
const char *const kTypeWords[] = {
    "type",          "class",          "__class__",         "__new__",      "__build_class__",
    "metaclass",     "__prepare__",    "__init_subclass__", "__mro__",      "mro",
    "__bases__",     "__base__",       "__subclasses__",    "__objclass__", "__self_class__",
    "__thisclass__", "__orig_class__", "__orig_bases__",    "super",        "__reduce__",
    "__reduce_ex__", "__getnewargs__", "__getnewargs_ex__", "copy",         "deepcopy",
    "copyreg",       "pickle",
};

/// names plus kTypeWords.
std::vector<const char *> withTypeWords(std::vector<const char *> names) {
  names.insert(names.end(), std::begin(kTypeWords), std::end(kTypeWords));
  return names;
}

/// The ways to raise to a power: the operator's IR names, pow(), operator.pow/ipow, dunders.
const std::vector<const char *> kPowWords = {"mlt_pow", "mlt_ipow", "pow",      "ipow",
                                             "__pow__", "__rpow__", "__ipow__"};

/// The ways to use the % operator: its IR names, operator.mod/imod, the dunders.
const std::vector<const char *> kModWords = {"molt_op_mod", "molt_imod", "mod",     "imod",
                                             "__mod__",     "__rmod__",  "__imod__"};

/// a followed by b.
std::vector<const char *> withWords(std::vector<const char *> a,
                                    const std::vector<const char *> &b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

const std::vector<Feature> &features() {
  static const std::vector<Feature> kFeatures = [] {
    std::vector<Feature> f = {
        // list.sort (objects/list_sort.cpp); sorted() and dir() call it by name.
        {"molt_use_list_sort", {"sort", "sorted", "dir", "__dir__"}, {"sort"}},
        // Class creation: type(name, bases, dict) and class statements.
        {"molt_use_type_new", withTypeWords({}), {}},
        // Constructors called through the type object.
        {"molt_use_int_new", withTypeWords({"int"}), {}},
        {"molt_use_float_new", withTypeWords({"float"}), {}},
        {"molt_use_str_new", withTypeWords({"str"}), {}},
        // random.seed(bytes) copies its argument with bytes().
        {"molt_use_bytes_new", withTypeWords({"bytes", "random"}), {}},
        // str % args: the % operator (kModWords).
        {"molt_use_str_mod", kModWords, {"__mod__", "__rmod__"}},
        // bytes % args and bytearray % args: the same words.
        {"molt_use_bytes_mod", kModWords, {"__mod__", "__rmod__"}},
        // Types whose instances only exist once created by name (random.sample
        // makes a range itself).
        {"molt_use_range", {"range", "random"}, {}},
        {"molt_use_bytearray", {"bytearray"}, {}},
        // __format__ of int, float and str: called by molt_format for a format
        // spec (runtimeFeatures adds the word for each Format instruction whose
        // spec is not the constant ""), and with an empty spec for instances
        // of their subclasses (kTypeWords); bin/oct/hex of a big int format it
        // with "#b"/"#o"/"#x".
        {"molt_use_int_dunder_format",
         withTypeWords({"__format__", "bin", "oct", "hex"}),
         {"__format__"}},
        {"molt_use_float_dunder_format", withTypeWords({"__format__"}), {"__format__"}},
        {"molt_use_str_dunder_format", withTypeWords({"__format__"}), {"__format__"}},
        // round() and __round__ of int (and bool) and float.
        {"molt_use_int_dunder_round", {"round", "__round__"}, {"__round__"}},
        {"molt_use_float_dunder_round", {"round", "__round__"}, {"__round__"}},
        // ** of int, bool and float: the IR names of the operator, pow(),
        // operator.pow/ipow, the dunders.
        {"molt_use_int_pow", kPowWords, {"__pow__", "__rpow__"}},
        {"molt_use_bool_pow", kPowWords, {"__pow__", "__rpow__"}},
        {"molt_use_float_pow", kPowWords, {"__pow__", "__rpow__"}},
        // Generators: only the code of a generator function or expression
        // makes them (runtimeFeatures adds the word for such functions).
        {"molt_use_generators", {"molt_gen_new"}, {}},
        // Coroutines and async generators: only `async def` makes them.
        {"molt_use_async", {"async", "await"}, {}},
        // A class's __dict__ (a dynamic name: everything is installed anyway).
        {"molt_use_mappingproxy", {"__dict__", "mappingproxy", "MappingProxyType"}, {}},
        {"molt_use_enumerate", {"enumerate"}, {}},
        {"molt_use_zip", {"zip"}, {}},
        {"molt_use_map", {"map"}, {}},
        {"molt_use_filter", {"filter"}, {}},
        {"molt_use_reversed", {"reversed"}, {}},
        {"molt_use_property", {"property"}, {}},
        {"molt_use_super", {"super"}, {}},
        // complex: by name, cmath, or a power (float ** float can be complex);
        // complex constants are checked separately (runtimeFeatures).
        {"molt_use_complex", withWords({"complex", "__complex__", "cmath"}, kPowWords), {}},
    };
    // One per optional method of a builtin type: reachable by its name.
#define X(tag, name) f.push_back({"molt_use_" #tag "_" #name, {#name}, {#name}});
#include "../../runtime/include/molt/optional_methods.def"
#undef X
    return f;
  }();
  return kFeatures;
}

/// Names through which a program can reach an attribute whose name it
/// computes at run time, or list a type's attributes: any of them installs
/// every feature.
const char *const kDynamicNames[] = {
    "getattr",    "hasattr",      "setattr",       "delattr",
    "vars",       "dir",          "__dict__",      "__getattribute__",
    "attrgetter", "methodcaller", "format",        "format_map",
    "eval",       "exec",         "compile",       "__import__",
    "builtins",   "__builtins__", "import_module", "__match_args__",
    "getmembers",
};

/// Adds the identifier-like words of s ([A-Za-z0-9_]+ runs).
void addWords(std::set<std::string, std::less<>> &out, std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!(std::isalnum(c) || c == '_')) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_'))
      ++j;
    out.emplace(s.substr(i, j - i));
    i = j;
  }
}

/// Levenshtein distance of the lowercased strings (a lower bound of half of
/// CPython's suggestion cost, which charges 2 per edit and 1 for a case change).
size_t lowerDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                  std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({up + 1, row[j - 1] + 1, diag + (same ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

/// True if CPython could suggest `target` for the misspelled `word`: its
/// largest accepted cost is (len(a) + len(b) + 3) // 3.
bool nearMiss(std::string_view word, std::string_view target) {
  size_t la = word.size(), lb = target.size();
  size_t maxCost = (la + lb + 3) / 3;
  if ((la > lb ? la - lb : lb - la) * 2 > maxCost) return false;
  return lowerDistance(word, target) * 2 <= maxCost;
}

/// True if v is the module constant "" (the spec of an f-string field
/// without a format spec).
bool isEmptyStrConst(const ir::Module &m, const ir::Instruction *v) {
  if (v->op != ir::Op::Const) return false;
  const std::string prefix = "molt_K[";
  if (v->str.size() <= prefix.size() + 1 || v->str.compare(0, prefix.size(), prefix) != 0 ||
      v->str.back() != ']')
    return false;
  size_t idx = 0;
  for (size_t i = prefix.size(); i + 1 < v->str.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(v->str[i]))) return false;
    idx = idx * 10 + static_cast<size_t>(v->str[i] - '0');
  }
  if (idx >= m.constants.size()) return false;
  const ir::Constant &c = m.constants[idx];
  return c.kind == ir::Constant::Kind::Str && c.text.empty();
}

/// Adds the identifiers that follow a '.' in s (attribute references as
/// written; whitespace, backslashes and comments may separate them).
void addAttributeWords(std::set<std::string, std::less<>> &out, std::string_view s) {
  auto isWord = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '.') continue;
    size_t j = i + 1;
    while (j < s.size()) {
      if (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\\' ||
          s[j] == '\f') {
        ++j;
      } else if (s[j] == '#') {
        while (j < s.size() && s[j] != '\n')
          ++j;
      } else {
        break;
      }
    }
    size_t k = j;
    while (k < s.size() && isWord(s[k]))
      ++k;
    if (k > j) out.emplace(s.substr(j, k - j));
  }
}

} // namespace

std::vector<std::string> runtimeFeatures(const std::vector<std::unique_ptr<ir::Module>> &mods) {
  std::set<std::string, std::less<>> words;
  // The attribute names the program can look up by a constant name: the
  // candidates of an AttributeError's "Did you mean" (near misses below).
  std::set<std::string, std::less<>> attrWords;
  for (const auto &m : mods) {
    std::string text;
    for (const std::string &line : m->sourceLines) {
      text += line;
      text += '\n';
    }
    addAttributeWords(attrWords, text);
    // The source text covers every identifier and string literal as
    // written; the IR adds the NFKC-normalized identifiers and constants.
    for (const std::string &line : m->sourceLines)
      addWords(words, line);
    for (const std::string &g : m->globals)
      addWords(words, g);
    for (const ir::Constant &c : m->constants) {
      addWords(words, c.text);
      if (c.kind == ir::Constant::Kind::Complex) words.emplace("complex");
    }
    for (const auto &f : m->functions) {
      if (f->isGenerator) words.emplace("molt_gen_new");
      addWords(words, f->name);
      addWords(words, f->qualname);
      for (const std::string &a : f->argnames)
        addWords(words, a);
      for (const ir::Slot &s : f->slots)
        addWords(words, s.name);
      for (const auto &bb : f->blocks)
        for (const auto &in : bb->insts) {
          addWords(words, in->str);
          if (in->op == ir::Op::Format && !isEmptyStrConst(*m, in->operands.at(1)))
            words.emplace("__format__");
          switch (in->op) {
          case ir::Op::GetAttr:
          case ir::Op::SetAttr:
          case ir::Op::DelAttr:
          case ir::Op::CallMethod:
          case ir::Op::ImportFrom:
            if (in->imm >= 0 && static_cast<size_t>(in->imm) < m->constants.size())
              addWords(attrWords, m->constants[static_cast<size_t>(in->imm)].text);
            break;
          default:
            break;
          }
        }
    }
  }
  bool dynamic = false;
  for (const char *n : kDynamicNames)
    if (words.count(std::string_view(n))) dynamic = true;
  if (dynamic) return {"molt_use_all"}; // runtime/core/features.cpp
  // Near misses, computed once per distinct name (str and bytes share many).
  std::map<std::string_view, bool> nearCache;
  auto nearly = [&](std::string_view name) {
    auto [it, fresh] = nearCache.try_emplace(name, false);
    if (fresh)
      for (const std::string &w : attrWords)
        if (nearMiss(w, name)) {
          it->second = true;
          break;
        }
    return it->second;
  };
  std::vector<std::string> out;
  for (const Feature &f : features()) {
    bool use = false;
    for (const char *n : f.names)
      if (words.count(std::string_view(n))) use = true;
    for (const char *n : f.suggested)
      if (!use && nearly(n)) use = true;
    if (use) out.push_back(f.installer);
  }
  return out;
}

} // namespace molt::codegen
