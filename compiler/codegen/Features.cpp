// Which optional runtime features a program needs (see Features.h).
#include "codegen/Features.h"

#include <algorithm>
#include <cctype>
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

const std::vector<Feature> &features() {
  static const std::vector<Feature> kFeatures = [] {
    std::vector<Feature> f = {
        // list.sort (objects/list_sort.cpp); sorted() and dir() call it by name.
        {"molt_use_list_sort", {"sort", "sorted", "dir", "__dir__"}, {"sort"}},
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

} // namespace

std::vector<std::string> runtimeFeatures(const std::vector<std::unique_ptr<ir::Module>> &mods) {
  std::set<std::string, std::less<>> words;
  for (const auto &m : mods) {
    // The source text covers every identifier and string literal as
    // written; the IR adds the NFKC-normalized identifiers and constants.
    for (const std::string &line : m->sourceLines)
      addWords(words, line);
    for (const std::string &g : m->globals)
      addWords(words, g);
    for (const ir::Constant &c : m->constants)
      addWords(words, c.text);
    for (const auto &f : m->functions) {
      addWords(words, f->name);
      addWords(words, f->qualname);
      for (const std::string &a : f->argnames)
        addWords(words, a);
      for (const ir::Slot &s : f->slots)
        addWords(words, s.name);
      for (const auto &bb : f->blocks)
        for (const auto &in : bb->insts)
          addWords(words, in->str);
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
      for (const std::string &w : words)
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
