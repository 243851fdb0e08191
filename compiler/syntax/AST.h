// Python 3.12 abstract syntax tree, shaped exactly like CPython's `ast`
// module (node kinds, field names and order, positions). Generated from
// AST.def. Nodes live in an Arena and are trivially destructible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "syntax/Arena.h"

namespace molt::ast {

/// A read-only array of T allocated in the AST arena.
template <typename T> struct Seq {
  T *data = nullptr;
  uint32_t size = 0;
  T *begin() const { return data; }
  T *end() const { return data + size; }
  T &operator[](size_t i) const { return data[i]; }
  bool empty() const { return size == 0; }
};

/// An identifier or optional string; an absent optional has data() == nullptr.
using Ident = std::string_view;

/// Source range: 1-based lines, 0-based UTF-8 byte columns (CPython's convention).
struct Loc {
  uint32_t lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// Field-less sum types (operators, contexts) are plain enums.
#define AST_ENUM_VALUE(V) V,
#define AST_ENUM(Name, VALUES) enum class Name : uint8_t { VALUES };
#include "syntax/AST.def"
#undef AST_ENUM_VALUE

/// The value of a Constant or MatchSingleton node.
struct ConstValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  /// Int: decimal digits (arbitrary size, no sign, no leading zeros).
  /// Str: WTF-8 text (lone surrogates kept as 3-byte sequences).
  /// Bytes: raw bytes.
  std::string_view text;
  /// Float value, or the imaginary part of a Complex literal.
  double number = 0.0;
};

/// Every concrete node kind (sum constructors and product types).
enum class NodeKind : uint8_t {
#define AST_NODE(Name, Category, FIELDS) Name,
#define AST_PRODUCT(Name, HasAttributes, FIELDS) Name,
#include "syntax/AST.def"
};

/// Common header of every node.
struct Node {
  NodeKind kind;
  Loc loc;
};

// Category base classes (expr, stmt, ...).
#define AST_CATEGORY(Name, HasAttributes) \
  struct Name : Node {};
#include "syntax/AST.def"

// Forward declarations of product types (used as field types).
#define AST_PRODUCT(Name, HasAttributes, FIELDS) struct Name;
#include "syntax/AST.def"

#define F_NODE(T, n) ast::T *n = nullptr;
#define F_OPT(T, n) ast::T *n = nullptr;
#define F_SEQ(T, n) Seq<ast::T *> n;
#define F_IDENT(n) Ident n;
#define F_OPT_IDENT(n) Ident n;
#define F_IDENT_SEQ(n) Seq<Ident> n;
#define F_OPT_STR(n) Ident n;
#define F_INT(n) int n = 0;
#define F_CONST(n) ConstValue n;
#define F_ENUM(E, n) ast::E n{};
#define F_ENUM_SEQ(E, n) Seq<ast::E> n;
#define AST_NODE(Name, Category, FIELDS)                   \
  struct Name : Category {                                 \
    static constexpr NodeKind Kind = NodeKind::Name;       \
    FIELDS                                                 \
  };
#define AST_PRODUCT(Name, HasAttributes, FIELDS)           \
  struct Name : Node {                                     \
    static constexpr NodeKind Kind = NodeKind::Name;       \
    FIELDS                                                 \
  };
#include "syntax/AST.def"
#undef F_NODE
#undef F_OPT
#undef F_SEQ
#undef F_IDENT
#undef F_OPT_IDENT
#undef F_IDENT_SEQ
#undef F_OPT_STR
#undef F_INT
#undef F_CONST
#undef F_ENUM
#undef F_ENUM_SEQ

/// Allocates a node of type T with the given location.
template <typename T> T *make(Arena &arena, Loc loc) {
  T *n = arena.create<T>();
  // Through Node: Constant's own `kind` field hides Node::kind.
  static_cast<Node *>(n)->kind = T::Kind;
  n->loc = loc;
  return n;
}

/// Returns n cast to T if it has kind T, else nullptr.
template <typename T> T *dynCast(Node *n) {
  return n && n->kind == T::Kind ? static_cast<T *>(n) : nullptr;
}

/// Copies a temporary vector-like range into an arena Seq.
template <typename T, typename Range> Seq<T> toSeq(Arena &arena, const Range &r) {
  Seq<T> s;
  s.size = static_cast<uint32_t>(r.size());
  if (s.size) {
    s.data = arena.allocArray<T>(s.size);
    size_t i = 0;
    for (const auto &x : r) s.data[i++] = x;
  }
  return s;
}

/// The CPython name of a node kind ("BinOp", "comprehension", ...).
std::string_view kindName(NodeKind k);

} // namespace molt::ast
