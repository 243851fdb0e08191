// Generic pre-order traversal of an AST, derived from AST.def.
#pragma once

#include <vector>

#include "syntax/AST.h"

namespace molt::ast {

/// Calls visit(node) for n and every node below it, parents before children,
/// fields in ast.dump order. Iterative: deep trees cannot overflow the stack.
template <typename Visit> void walk(const Node *root, Visit &&visit) {
  // A small explicit stack of nodes still to visit (children pushed reversed).
  std::vector<const Node *> stack;
  std::vector<const Node *> kids;
  if (root) stack.push_back(root);
  while (!stack.empty()) {
    const Node *n = stack.back();
    stack.pop_back();
    visit(n);
    kids.clear();
    switch (n->kind) {
#define F_NODE(T, f) kids.push_back(node_->f);
#define F_OPT(T, f) kids.push_back(node_->f);
#define F_SEQ(T, f)                                   \
  for (const Node *c : node_->f) kids.push_back(c);
#define F_IDENT(f)
#define F_OPT_IDENT(f)
#define F_IDENT_SEQ(f)
#define F_OPT_STR(f)
#define F_INT(f)
#define F_CONST(f)
#define F_ENUM(E, f)
#define F_ENUM_SEQ(E, f)
#define CASE(Name, FIELDS)                                              \
  case NodeKind::Name: {                                                \
    [[maybe_unused]] auto *node_ = static_cast<const ast::Name *>(n);   \
    FIELDS                                                              \
    break;                                                              \
  }
#define AST_NODE(Name, Category, FIELDS) CASE(Name, FIELDS)
#define AST_PRODUCT(Name, HasAttributes, FIELDS) CASE(Name, FIELDS)
#include "syntax/AST.def"
#undef CASE
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
    }
    for (auto it = kids.rbegin(); it != kids.rend(); ++it)
      if (*it) stack.push_back(*it);
  }
}

} // namespace molt::ast
