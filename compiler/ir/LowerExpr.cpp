// AST -> IR lowering: expressions.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <functional>

#include "ir/Lower.h"

namespace molt::lower {

using namespace molt::ir;

namespace {
constexpr int kMaxDepth = 1500;

/// True if CPython's compiler folds e to a constant.
bool isConstant(ast::expr *e) {
  switch (e->kind) {
  case ast::NodeKind::Constant:
    return true;
  case ast::NodeKind::UnaryOp: {
    auto *u = static_cast<ast::UnaryOp *>(e);
    return u->op != ast::unaryop::Not && isConstant(u->operand);
  }
  case ast::NodeKind::BinOp: {
    auto *x = static_cast<ast::BinOp *>(e);
    return isConstant(x->left) && isConstant(x->right);
  }
  case ast::NodeKind::Tuple:
    for (ast::expr *x : static_cast<ast::Tuple *>(e)->elts)
      if (!isConstant(x)) return false;
    return true;
  default:
    return false;
  }
}

bool allConstant(const ast::Seq<ast::expr *> &elts) {
  for (ast::expr *x : elts)
    if (!isConstant(x)) return false;
  return true;
}

const char *cmpFunc(ast::cmpop op) {
  switch (op) {
  case ast::cmpop::Lt:
    return "molt_cmp_lt";
  case ast::cmpop::LtE:
    return "molt_cmp_le";
  case ast::cmpop::Gt:
    return "molt_cmp_gt";
  case ast::cmpop::GtE:
    return "molt_cmp_ge";
  case ast::cmpop::Eq:
    return "molt_cmp_eq";
  case ast::cmpop::NotEq:
    return "molt_cmp_ne";
  default:
    return nullptr;
  }
}

int cmpCode(ast::cmpop op) {
  switch (op) {
  case ast::cmpop::Lt:
    return 0;
  case ast::cmpop::LtE:
    return 1;
  case ast::cmpop::Eq:
    return 2;
  case ast::cmpop::NotEq:
    return 3;
  case ast::cmpop::Gt:
    return 4;
  case ast::cmpop::GtE:
    return 5;
  default:
    return -1;
  }
}
} // namespace

const char *FunctionLowering::binopFunc(ast::binop op, bool inplace) {
  switch (op) {
  case ast::binop::Add:
    return inplace ? "mlt_iadd" : "molt_op_add";
  case ast::binop::Sub:
    return inplace ? "mlt_isub" : "molt_op_sub";
  case ast::binop::Mult:
    return inplace ? "mlt_imul" : "molt_op_mul";
  case ast::binop::MatMult:
    return inplace ? "molt_imatmul" : "molt_matmul";
  case ast::binop::Div:
    return inplace ? "molt_itruediv" : "molt_op_truediv";
  case ast::binop::Mod:
    return inplace ? "molt_imod" : "molt_op_mod";
  case ast::binop::Pow:
    return inplace ? "mlt_ipow" : "mlt_pow";
  case ast::binop::LShift:
    return inplace ? "molt_ilshift" : "molt_lshift";
  case ast::binop::RShift:
    return inplace ? "molt_irshift" : "molt_rshift";
  case ast::binop::BitOr:
    return inplace ? "molt_ior" : "molt_op_or";
  case ast::binop::BitXor:
    return inplace ? "molt_ixor" : "molt_op_xor";
  case ast::binop::BitAnd:
    return inplace ? "molt_iand" : "molt_op_and";
  case ast::binop::FloorDiv:
    return inplace ? "molt_ifloordiv" : "molt_op_floordiv";
  }
  return "molt_add";
}

Instruction *FunctionLowering::constExpr(std::string cexpr) {
  return b.emit(Op::Const, {}, 0, -1, std::move(cexpr));
}

Instruction *FunctionLowering::none() { return constExpr("MOLT_NONE"); }

Instruction *FunctionLowering::strConst(const std::string &s) {
  return constExpr("molt_K[" + std::to_string(ml.mod.strConst(s)) + "]");
}

Instruction *FunctionLowering::owned(Instruction *v) {
  if (v->isOwned()) return v;
  return b.track(b.emit(Op::NewRef, {v}));
}

void FunctionLowering::moveToTemp(uint32_t slot, Instruction *v) {
  b.emit(Op::MoveToTemp, {v}, slot);
  b.untrack(v);
}

Instruction *FunctionLowering::takeTemp(uint32_t slot) {
  return b.track(b.emit(Op::TakeTemp, {}, slot));
}

namespace {
/// Integer constant from decimal digits (with optional '-'): C expression.
std::string intConstExpr(FunctionLowering &fl, const std::string &digits) {
  bool neg = !digits.empty() && digits[0] == '-';
  std::string d = neg ? digits.substr(1) : digits;
  if (d.size() <= 15) {
    long long v = std::stoll(d);
    if (v <= 140737488355327LL)
      return "molt_small_int(INT64_C(" + std::string(neg && v ? "-" : "") + std::to_string(v) +
             "))";
  }
  Constant c;
  c.kind = Constant::Kind::Int;
  c.text = (neg ? "-" : "") + d;
  return "molt_K[" + std::to_string(fl.ml.mod.addConst(c)) + "]";
}

std::string floatExpr(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  if (d != d) bits = 0x7FF8000000000000ull;
  char buf[48];
  std::snprintf(buf, sizeof buf, "((MoltValue)0x%016" PRIx64 "ull)", bits);
  return buf;
}
} // namespace

Instruction *FunctionLowering::constant(const ast::ConstValue &c) {
  using K = ast::ConstValue::Kind;
  switch (c.kind) {
  case K::None:
    return none();
  case K::True:
    return constExpr("MOLT_TRUE");
  case K::False:
    return constExpr("MOLT_FALSE");
  case K::Ellipsis:
    return constExpr("molt_ellipsis()");
  case K::Int:
    return constExpr(intConstExpr(*this, std::string(c.text)));
  case K::Float:
    return constExpr(floatExpr(c.number));
  case K::Complex: {
    Constant k;
    k.kind = Constant::Kind::Complex;
    k.re = 0.0;
    k.im = c.number;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a", c.number);
    k.text = buf;
    return constExpr("molt_K[" + std::to_string(ml.mod.addConst(k)) + "]");
  }
  case K::Str:
    return strConst(std::string(c.text));
  case K::Bytes: {
    Constant k;
    k.kind = Constant::Kind::Bytes;
    k.text = std::string(c.text);
    return constExpr("molt_K[" + std::to_string(ml.mod.addConst(k)) + "]");
  }
  }
  return none();
}

Instruction *FunctionLowering::lowerExpr(ast::expr *e) {
  if (++depth > kMaxDepth) {
    --depth;
    ml.unsupported(e, "expression nested this deeply");
    return none();
  }
  LocScope ls(*this, e);
  Instruction *r = lowerExprInner(e);
  --depth;
  return r;
}

Instruction *FunctionLowering::lowerExprInner(ast::expr *e) {
  switch (e->kind) {
  case ast::NodeKind::Constant:
    return constant(static_cast<ast::Constant *>(e)->value);
  case ast::NodeKind::Name: {
    auto *n = static_cast<ast::Name *>(e);
    return lowerName(std::string(n->id), n);
  }
  case ast::NodeKind::BinOp: {
    auto *x = static_cast<ast::BinOp *>(e);
    Instruction *l = lowerExpr(x->left);
    Instruction *r = lowerExpr(x->right);
    Instruction *v = b.emit(Op::Binary, {l, r}, 0, -1, binopFunc(x->op, false));
    b.release(r);
    b.release(l);
    return b.track(v);
  }
  case ast::NodeKind::UnaryOp: {
    auto *x = static_cast<ast::UnaryOp *>(e);
    if (x->op == ast::unaryop::Not) {
      Instruction *c = lowerCond(x->operand);
      return b.emit(Op::BoxBool, {b.emit(Op::NotC, {c})});
    }
    if (x->op == ast::unaryop::USub)
      if (auto *k = ast::dynCast<ast::Constant>(x->operand)) {
        if (k->value.kind == ast::ConstValue::Kind::Int)
          return constExpr(intConstExpr(*this, "-" + std::string(k->value.text)));
        if (k->value.kind == ast::ConstValue::Kind::Float)
          return constExpr(floatExpr(-k->value.number));
      }
    Instruction *v = lowerExpr(x->operand);
    const char *f = x->op == ast::unaryop::USub   ? "molt_op_neg"
                    : x->op == ast::unaryop::UAdd ? "molt_pos"
                                                  : "molt_invert";
    Instruction *r = b.emit(Op::Unary, {v}, 0, -1, f);
    b.release(v);
    return b.track(r);
  }
  case ast::NodeKind::BoolOp:
    return lowerBoolOp(static_cast<ast::BoolOp *>(e));
  case ast::NodeKind::IfExp:
    return lowerIfExp(static_cast<ast::IfExp *>(e));
  case ast::NodeKind::Compare:
    return lowerCompare(static_cast<ast::Compare *>(e));
  case ast::NodeKind::Call:
    return lowerCall(static_cast<ast::Call *>(e));
  case ast::NodeKind::NamedExpr: {
    auto *x = static_cast<ast::NamedExpr *>(e);
    Instruction *v = lowerExpr(x->value);
    auto *n = ast::dynCast<ast::Name>(x->target);
    if (!n) {
      ml.unsupported(e, "assignment expression target");
      return v;
    }
    storeName(std::string(n->id), v);
    return v;
  }
  case ast::NodeKind::Attribute: {
    auto *x = static_cast<ast::Attribute *>(e);
    if (x->attr != "__class__") superAttrCall = ast::dynCast<ast::Call>(x->value);
    Instruction *o = lowerExpr(x->value);
    LocScope ls(*this, e);
    Instruction *r = b.emit(Op::GetAttr, {o}, ml.mod.strConst(mangled(x->attr)));
    b.release(o);
    return b.track(r);
  }
  case ast::NodeKind::Subscript: {
    auto *x = static_cast<ast::Subscript *>(e);
    Instruction *o = lowerExpr(x->value);
    Instruction *k = lowerExpr(x->slice);
    Instruction *r = b.emit(Op::GetItem, {o, k});
    b.release(k);
    b.release(o);
    return b.track(r);
  }
  case ast::NodeKind::Slice:
    return lowerSlice(static_cast<ast::Slice *>(e));
  case ast::NodeKind::Tuple:
    return lowerSequence(e, static_cast<ast::Tuple *>(e)->elts, 0);
  case ast::NodeKind::List:
    return lowerSequence(e, static_cast<ast::List *>(e)->elts, 1);
  case ast::NodeKind::Set:
    return lowerSequence(e, static_cast<ast::Set *>(e)->elts, 2);
  case ast::NodeKind::Dict:
    return lowerDict(static_cast<ast::Dict *>(e));
  case ast::NodeKind::JoinedStr:
    return lowerJoinedStr(static_cast<ast::JoinedStr *>(e));
  case ast::NodeKind::FormattedValue: {
    // Only reachable through JoinedStr; handle a lone one the same way.
    ast::JoinedStr tmp;
    static_cast<ast::Node &>(tmp).kind = ast::NodeKind::JoinedStr;
    tmp.loc = e->loc;
    ast::expr *one[1] = {e};
    tmp.values.data = one;
    tmp.values.size = 1;
    return lowerJoinedStr(&tmp);
  }
  case ast::NodeKind::ListComp:
  case ast::NodeKind::SetComp:
  case ast::NodeKind::DictComp:
    return lowerComprehension(e);
  case ast::NodeKind::Lambda: {
    auto *x = static_cast<ast::Lambda *>(e);
    return lowerMakeFunction(x, x->args, ml.scopeOf(x));
  }
  case ast::NodeKind::GeneratorExp:
    return lowerGenExp(static_cast<ast::GeneratorExp *>(e));
  case ast::NodeKind::Await: {
    Instruction *x = lowerExpr(static_cast<ast::Await *>(e)->value);
    return lowerAwait(x, e, 0);
  }
  case ast::NodeKind::Yield: {
    auto *y = static_cast<ast::Yield *>(e);
    Instruction *v = y->value ? owned(lowerExpr(y->value)) : owned(none());
    LocScope ls(*this, e);
    b.untrack(v); // Yield takes v's reference
    return b.track(b.emit(Op::Yield, {v}));
  }
  case ast::NodeKind::YieldFrom:
    return lowerYieldFrom(static_cast<ast::YieldFrom *>(e));
  case ast::NodeKind::Starred:
    ml.unsupported(e, "starred expression here");
    return none();
  default:
    ml.unsupported(e, std::string(ast::kindName(e->kind)));
    return none();
  }
}

Instruction *FunctionLowering::lowerSlice(ast::Slice *s) {
  Instruction *lo = s->lower ? lowerExpr(s->lower) : none();
  Instruction *hi = s->upper ? lowerExpr(s->upper) : none();
  Instruction *st = s->step ? lowerExpr(s->step) : none();
  Instruction *r = b.emit(Op::SliceNew, {lo, hi, st});
  b.release(st);
  b.release(hi);
  b.release(lo);
  return b.track(r);
}

Instruction *FunctionLowering::lowerIterExpr(ast::expr *e) {
  auto *st = ast::dynCast<ast::Set>(e);
  if (!st || !allConstant(st->elts)) return lowerExpr(e);
  std::vector<Instruction *> items;
  for (ast::expr *x : st->elts)
    items.push_back(lowerExpr(x));
  LocScope ls(*this, e);
  Instruction *r = b.emit(Op::BuildFrozenConst, items);
  for (size_t i = items.size(); i-- > 0;)
    b.release(items[i]);
  return b.track(r);
}

Instruction *FunctionLowering::lowerCond(ast::expr *e) {
  LocScope ls(*this, e);
  if (auto *c = ast::dynCast<ast::Compare>(e); c && c->ops.size == 1) {
    Instruction *l = lowerExpr(c->left);
    bool isIn = c->ops[0] == ast::cmpop::In || c->ops[0] == ast::cmpop::NotIn;
    Instruction *r = isIn ? lowerIterExpr(c->comparators[0]) : lowerExpr(c->comparators[0]);
    LocScope ls2(*this, e);
    Instruction *v;
    ast::cmpop op = c->ops[0];
    if (op == ast::cmpop::Is || op == ast::cmpop::IsNot) {
      v = b.emit(Op::Is, {l, r});
      if (op == ast::cmpop::IsNot) v = b.emit(Op::NotC, {v});
    } else if (op == ast::cmpop::In || op == ast::cmpop::NotIn) {
      v = b.emit(Op::Contains, {r, l});
      if (op == ast::cmpop::NotIn) v = b.emit(Op::NotC, {v});
    } else {
      v = b.emit(Op::CmpBool, {l, r}, 0, -1, cmpFunc(op));
    }
    b.release(r);
    b.release(l);
    return v;
  }
  if (auto *u = ast::dynCast<ast::UnaryOp>(e); u && u->op == ast::unaryop::Not)
    return b.emit(Op::NotC, {lowerCond(u->operand)});
  Instruction *v = lowerExpr(e);
  LocScope ls2(*this, e);
  Instruction *c = b.emit(Op::Truthy, {v});
  b.release(v);
  return c;
}

void FunctionLowering::lowerCondBr(ast::expr *e, BasicBlock *t, BasicBlock *f) {
  if (auto *bo = ast::dynCast<ast::BoolOp>(e)) {
    bool isAnd = bo->op == ast::boolop::And;
    for (uint32_t i = 0; i + 1 < bo->values.size; ++i) {
      BasicBlock *next = fn->newBlock(isAnd ? "and.next" : "or.next");
      if (isAnd)
        lowerCondBr(bo->values[i], next, f);
      else
        lowerCondBr(bo->values[i], t, next);
      b.setBlock(next);
    }
    lowerCondBr(bo->values[bo->values.size - 1], t, f);
    return;
  }
  if (auto *u = ast::dynCast<ast::UnaryOp>(e); u && u->op == ast::unaryop::Not) {
    lowerCondBr(u->operand, f, t);
    return;
  }
  if (auto *k = ast::dynCast<ast::Constant>(e)) {
    using K = ast::ConstValue::Kind;
    if (k->value.kind == K::True || k->value.kind == K::False || k->value.kind == K::None) {
      b.br(k->value.kind == K::True ? t : f);
      return;
    }
  }
  Instruction *c = lowerCond(e);
  b.condBr(c, t, f);
}

Instruction *FunctionLowering::lowerBoolOp(ast::BoolOp *e) {
  bool isAnd = e->op == ast::boolop::And;
  uint32_t tmp = fn->addSlot(SlotKind::Temp, isAnd ? "and" : "or");
  BasicBlock *end = fn->newBlock(isAnd ? "and.end" : "or.end");
  std::vector<Instruction *> base = b.live;
  for (uint32_t i = 0; i < e->values.size; ++i) {
    Instruction *v = owned(lowerExpr(e->values[i]));
    if (i + 1 == e->values.size) {
      moveToTemp(tmp, v);
      b.br(end);
      break;
    }
    LocScope ls(*this, e->values[i]);
    Instruction *c = b.emit(Op::Truthy, {v});
    BasicBlock *shortB = fn->newBlock(isAnd ? "and.short" : "or.short");
    BasicBlock *next = fn->newBlock(isAnd ? "and.next" : "or.next");
    if (isAnd)
      b.condBr(c, next, shortB);
    else
      b.condBr(c, shortB, next);
    std::vector<Instruction *> saved = b.live;
    b.setBlock(shortB);
    moveToTemp(tmp, v);
    b.br(end);
    b.setBlock(next);
    b.live = saved;
    b.release(v);
  }
  b.setBlock(end);
  b.live = base;
  return takeTemp(tmp);
}

Instruction *FunctionLowering::lowerIfExp(ast::IfExp *e) {
  uint32_t tmp = fn->addSlot(SlotKind::Temp, "ifexp");
  BasicBlock *t = fn->newBlock("ifexp.then"), *f = fn->newBlock("ifexp.else"),
             *end = fn->newBlock("ifexp.end");
  std::vector<Instruction *> base = b.live;
  lowerCondBr(e->test, t, f);
  b.setBlock(t);
  b.live = base;
  moveToTemp(tmp, owned(lowerExpr(e->body)));
  b.br(end);
  b.setBlock(f);
  b.live = base;
  moveToTemp(tmp, owned(lowerExpr(e->orelse)));
  b.br(end);
  b.setBlock(end);
  b.live = base;
  return takeTemp(tmp);
}

Instruction *FunctionLowering::lowerCompare(ast::Compare *c) {
  auto cmp = [&](ast::cmpop op, Instruction *l, Instruction *r) -> Instruction * {
    LocScope ls(*this, c);
    if (op == ast::cmpop::Is || op == ast::cmpop::IsNot) {
      Instruction *v = b.emit(Op::Is, {l, r});
      if (op == ast::cmpop::IsNot) v = b.emit(Op::NotC, {v});
      return b.emit(Op::BoxBool, {v});
    }
    if (op == ast::cmpop::In || op == ast::cmpop::NotIn) {
      Instruction *v = b.emit(Op::Contains, {r, l});
      if (op == ast::cmpop::NotIn) v = b.emit(Op::NotC, {v});
      return b.emit(Op::BoxBool, {v});
    }
    return b.track(b.emit(Op::Compare, {l, r}, cmpCode(op)));
  };
  Instruction *l = lowerExpr(c->left);
  // CPython folds only the last comparator of an `in`/`not in` into a constant.
  auto lowerComparator = [&](uint32_t i) {
    bool lastIn =
        i + 1 == c->ops.size && (c->ops[i] == ast::cmpop::In || c->ops[i] == ast::cmpop::NotIn);
    return lastIn ? lowerIterExpr(c->comparators[i]) : lowerExpr(c->comparators[i]);
  };
  if (c->ops.size == 1) {
    Instruction *r = lowerComparator(0);
    Instruction *v = cmp(c->ops[0], l, r);
    b.untrack(v);
    b.release(r);
    b.release(l);
    return b.track(v);
  }
  uint32_t tmp = fn->addSlot(SlotKind::Temp, "cmp");
  BasicBlock *end = fn->newBlock("cmp.end");
  std::vector<Instruction *> base = b.live;
  base.erase(std::remove(base.begin(), base.end(), l), base.end());
  for (uint32_t i = 0; i < c->ops.size; ++i) {
    Instruction *r = lowerComparator(i);
    Instruction *v = cmp(c->ops[i], l, r);
    b.release(l);
    if (i + 1 == c->ops.size) {
      b.release(r);
      moveToTemp(tmp, owned(v));
      b.br(end);
      break;
    }
    v = owned(v);
    LocScope ls(*this, c);
    Instruction *t = b.emit(Op::Truthy, {v});
    BasicBlock *cont = fn->newBlock("cmp.next"), *stop = fn->newBlock("cmp.false");
    b.condBr(t, cont, stop);
    std::vector<Instruction *> saved = b.live;
    b.setBlock(stop);
    moveToTemp(tmp, v);
    b.release(r);
    b.br(end);
    b.setBlock(cont);
    b.live = saved;
    b.release(v);
    l = r;
  }
  b.setBlock(end);
  b.live = base;
  return takeTemp(tmp);
}

Instruction *FunctionLowering::lowerSequence(ast::expr *e, const ast::Seq<ast::expr *> &elts,
                                             int kind) {
  bool starred = false;
  for (ast::expr *x : elts)
    if (x->kind == ast::NodeKind::Starred) starred = true;
  if (!starred) {
    std::vector<Instruction *> items;
    for (ast::expr *x : elts)
      items.push_back(lowerExpr(x));
    LocScope ls(*this, e);
    Instruction *r = b.emit(kind == 0   ? Op::BuildTuple
                            : kind == 1 ? Op::BuildList
                                        : Op::BuildSet,
                            items);
    for (size_t i = items.size(); i-- > 0;)
      b.release(items[i]);
    b.track(r);
    if (kind == 2 && elts.size > 2 && allConstant(elts)) {
      // CPython builds a constant frozenset and copies it into a new set
      // (BUILD_SET 0; SET_UPDATE): the result's table order follows that copy.
      // The constant itself is rebuilt once by the compiler from its own iteration order.
      Instruction *lst = b.track(b.emit(Op::BuildList, {}));
      b.emit(Op::ListExtend, {lst, r});
      b.release(r);
      Instruction *rebuilt = b.track(b.emit(Op::BuildSet, {}));
      b.emit(Op::SetUpdate, {rebuilt, lst});
      b.release(lst);
      Instruction *copy = b.track(b.emit(Op::BuildSet, {}));
      b.emit(Op::SetUpdate, {copy, rebuilt});
      b.release(rebuilt);
      return copy;
    }
    return r;
  }
  Instruction *acc = b.track(b.emit(kind == 2 ? Op::BuildSet : Op::BuildList, {}));
  for (ast::expr *x : elts) {
    if (auto *s = ast::dynCast<ast::Starred>(x)) {
      Instruction *v = lowerExpr(s->value);
      LocScope ls(*this, x);
      b.emit(kind == 2 ? Op::SetUpdate : Op::ListExtend, {acc, v});
      b.release(v);
    } else {
      Instruction *v = lowerExpr(x);
      LocScope ls(*this, x);
      b.emit(kind == 2 ? Op::SetAdd : Op::ListAppend, {acc, v});
      b.release(v);
    }
  }
  if (kind != 0) return acc;
  LocScope ls(*this, e);
  Instruction *t = b.emit(Op::ListAsTuple, {acc});
  b.release(acc);
  return b.track(t);
}

Instruction *FunctionLowering::lowerDict(ast::Dict *d) {
  bool hasUnpack = false;
  for (ast::expr *k : d->keys)
    if (!k) hasUnpack = true;
  if (!hasUnpack) {
    std::vector<Instruction *> kv;
    for (uint32_t i = 0; i < d->keys.size; ++i) {
      kv.push_back(lowerExpr(d->keys[i]));
      kv.push_back(lowerExpr(d->values[i]));
    }
    LocScope ls(*this, d);
    Instruction *r = b.emit(Op::BuildDict, kv, d->keys.size);
    for (size_t i = kv.size(); i-- > 0;)
      b.release(kv[i]);
    return b.track(r);
  }
  Instruction *acc = b.track(b.emit(Op::BuildDict, {}, 0));
  for (uint32_t i = 0; i < d->keys.size; ++i) {
    if (!d->keys[i]) {
      Instruction *v = lowerExpr(d->values[i]);
      LocScope ls(*this, d->values[i]);
      b.emit(Op::DictUpdate, {acc, v});
      b.release(v);
    } else {
      Instruction *k = lowerExpr(d->keys[i]);
      Instruction *v = lowerExpr(d->values[i]);
      LocScope ls(*this, d);
      b.emit(Op::DictSetItem, {acc, k, v});
      b.release(v);
      b.release(k);
    }
  }
  return acc;
}

Instruction *FunctionLowering::lowerJoinedStr(ast::JoinedStr *e) {
  std::vector<Instruction *> parts;
  for (ast::expr *x : e->values) {
    if (auto *k = ast::dynCast<ast::Constant>(x)) {
      parts.push_back(constant(k->value));
      continue;
    }
    auto *fv = ast::dynCast<ast::FormattedValue>(x);
    if (!fv) {
      parts.push_back(lowerExpr(x));
      continue;
    }
    Instruction *v = lowerExpr(fv->value);
    LocScope ls(*this, fv);
    if (fv->conversion == 's' || fv->conversion == 'r' || fv->conversion == 'a') {
      Instruction *c = b.emit(fv->conversion == 's'   ? Op::ToStr
                              : fv->conversion == 'r' ? Op::ToRepr
                                                      : Op::ToAscii,
                              {v});
      b.release(v);
      v = b.track(c);
    }
    Instruction *spec = fv->format_spec ? lowerExpr(fv->format_spec) : strConst("");
    Instruction *f = b.emit(Op::Format, {v, spec});
    b.release(spec);
    b.release(v);
    parts.push_back(b.track(f));
  }
  if (parts.empty()) return strConst("");
  if (parts.size() == 1 && parts[0]->op == Op::Format) return parts[0];
  LocScope ls(*this, e);
  Instruction *r = b.emit(Op::StrConcat, parts);
  for (size_t i = parts.size(); i-- > 0;)
    b.release(parts[i]);
  return b.track(r);
}

Instruction *FunctionLowering::lowerCall(ast::Call *c) {
  bool star = false, dstar = false;
  for (ast::expr *a : c->args)
    if (a->kind == ast::NodeKind::Starred) star = true;
  for (ast::keyword *k : c->keywords)
    if (!k->arg.data()) dstar = true;
  if (!star && !dstar) {
    int64_t kw = -1;
    if (!c->keywords.empty()) {
      Constant t;
      t.kind = Constant::Kind::Tuple;
      for (ast::keyword *k : c->keywords)
        t.items.push_back(ml.mod.strConst(std::string(k->arg)));
      kw = ml.mod.addConst(t);
    }
    auto lowerArgs = [&](std::vector<Instruction *> &ops) {
      for (ast::expr *a : c->args)
        ops.push_back(lowerExpr(a));
      for (ast::keyword *k : c->keywords)
        ops.push_back(lowerExpr(k->value));
    };
    auto finishCall = [&](Instruction *r, std::vector<Instruction *> &ops) {
      for (size_t i = ops.size(); i-- > 0;)
        b.release(ops[i]);
      return b.track(r);
    };
    if (auto *n = ast::dynCast<ast::Name>(c->func)) {
      std::string name(n->id);
      NameRef r = resolve(name);
      if (name == "super" && r.kind == NameRef::Global && c->args.empty() && c->keywords.empty() &&
          scope && scope->kind != sema::ScopeKind::Module)
        return lowerSuperZero(c);
      // A builtin consuming a generator expression at once runs its loops
      // here, with no generator object (loopedGenExp decides the same for
      // loopOnlyCells).
      CompSink sink;
      if (r.kind == NameRef::Global && r.builtinConst && c->args.size == 1 && c->keywords.empty() &&
          inlinableGenExp(c->args[0]) && genExpConsumer(name, &sink)) {
        Instruction *v = lowerInlineComp(c->args[0], sink);
        if (name != "tuple") return v;
        LocScope ls(*this, c);
        Instruction *t = b.emit(Op::ListAsTuple, {v});
        b.release(v);
        return b.track(t);
      }
      if (r.kind == NameRef::Global && r.builtinConst) {
        static const char *const funcs[] = {
            "abs",     "all",    "any",    "ascii",  "bin",        "callable",   "chr",
            "delattr", "dir",    "divmod", "format", "getattr",    "globals",    "hasattr",
            "hash",    "hex",    "id",     "input",  "isinstance", "issubclass", "iter",
            "len",     "locals", "max",    "min",    "next",       "oct",        "open",
            "ord",     "pow",    "print",  "repr",   "round",      "setattr",    "sorted",
            "sum",     "vars"};
        for (const char *f : funcs)
          if (name == f) {
            std::vector<Instruction *> ops;
            lowerArgs(ops);
            LocScope ls(*this, c);
            if (name == "len" && ops.size() == 1 && kw < 0)
              return finishCall(b.emit(Op::Len, ops), ops);
            if (name == "isinstance" && ops.size() == 2 && kw < 0)
              return finishCall(b.emit(Op::IsInstance, ops), ops);
            if (name == "divmod" && ops.size() == 2 && kw < 0)
              return finishCall(b.emit(Op::DivMod, ops), ops);
            return finishCall(b.emit(Op::CallBuiltin, ops, 0, kw, name), ops);
          }
      }
      // Direct calls: a module function's body, or a module class's
      // constructor helper (its global may hold a builtin before the class
      // statement runs, so that load keeps the builtin fallback).
      const std::pair<const std::map<std::string, KnownFunc> *, Op> direct[] = {
          {&ml.knownFuncs, Op::LoadGlobalBound}, {&ml.knownCtors, Op::LoadGlobal}};
      for (auto [known, load] : direct) {
        auto k = known->find(name);
        if (r.kind != NameRef::Global || r.builtinConst || k == known->end() ||
            !c->keywords.empty() || c->args.size != k->second.argcount)
          continue;
        LocScope ls(*this, n);
        std::vector<Instruction *> ops;
        ops.push_back(loadGlobal(load, r.index, name));
        lowerArgs(ops);
        LocScope ls2(*this, c);
        return finishCall(b.emit(Op::CallDirect, ops, 0, -1, k->second.bodyName), ops);
      }
    }
    if (auto *a = ast::dynCast<ast::Attribute>(c->func)) {
      std::vector<Instruction *> ops;
      if (a->attr != "__class__") superAttrCall = ast::dynCast<ast::Call>(a->value);
      ops.push_back(lowerExpr(a->value));
      // str.join of a generator expression: join makes a list of it first,
      // so the loops build that list here.
      auto *k = ast::dynCast<ast::Constant>(a->value);
      if (k && k->value.kind == ast::ConstValue::Kind::Str && a->attr == "join" &&
          c->args.size == 1 && c->keywords.empty() && inlinableGenExp(c->args[0]))
        ops.push_back(lowerInlineComp(c->args[0], CompSink::List));
      else
        lowerArgs(ops);
      LocScope ls(*this, c);
      return finishCall(b.emit(Op::CallMethod, ops, ml.mod.strConst(mangled(a->attr)), kw), ops);
    }
    std::vector<Instruction *> ops;
    ops.push_back(lowerExpr(c->func));
    lowerArgs(ops);
    LocScope ls(*this, c);
    return finishCall(b.emit(Op::Call, ops, 0, kw), ops);
  }
  // f(*a, **k): build the argument tuple and keyword dict.
  Instruction *f = lowerExpr(c->func);
  Instruction *lst = b.track(b.emit(Op::BuildList, {}));
  for (ast::expr *a : c->args) {
    bool s = a->kind == ast::NodeKind::Starred;
    Instruction *v = lowerExpr(s ? static_cast<ast::Starred *>(a)->value : a);
    LocScope ls(*this, a);
    b.emit(s ? Op::ListExtend : Op::ListAppend, {lst, v});
    b.release(v);
  }
  Instruction *tup;
  {
    LocScope ls(*this, c);
    tup = b.emit(Op::ListAsTuple, {lst});
  }
  b.release(lst);
  b.track(tup);
  Instruction *kw = none();
  if (!c->keywords.empty()) {
    kw = b.track(b.emit(Op::BuildDict, {}, 0));
    for (ast::keyword *k : c->keywords) {
      Instruction *v = lowerExpr(k->value);
      LocScope ls(*this, c);
      if (!k->arg.data()) {
        b.emit(Op::DictMergeKwargs, {kw, v, f});
      } else {
        Instruction *one = b.track(b.emit(Op::BuildDict, {strConst(std::string(k->arg)), v}, 1));
        b.emit(Op::DictMergeKwargs, {kw, one, f});
        b.release(one);
      }
      b.release(v);
    }
  }
  LocScope ls(*this, c);
  Instruction *r = b.emit(Op::CallEx, {f, tup, kw});
  b.release(kw);
  b.release(tup);
  b.release(f);
  return b.track(r);
}

Instruction *FunctionLowering::lowerComprehension(ast::expr *e) {
  return lowerInlineComp(e, e->kind == ast::NodeKind::ListComp  ? CompSink::List
                            : e->kind == ast::NodeKind::SetComp ? CompSink::Set
                                                                : CompSink::Dict);
}

bool genExpConsumer(std::string_view name, CompSink *sink) {
  static const std::pair<const char *, CompSink> consumers[] = {
      {"sum", CompSink::Sum}, {"max", CompSink::Max},   {"min", CompSink::Min},
      {"any", CompSink::Any}, {"all", CompSink::All},   {"list", CompSink::List},
      {"set", CompSink::Set}, {"tuple", CompSink::List}};
  for (auto [fname, s] : consumers)
    if (name == fname) {
      *sink = s;
      return true;
    }
  return false;
}

ast::GeneratorExp *
FunctionLowering::loopedGenExp(ast::Call *c, const std::vector<const sema::Scope *> &compScopes) {
  if (c->args.size != 1 || !c->keywords.empty() || !inlinableGenExp(c->args[0])) return nullptr;
  auto *g = static_cast<ast::GeneratorExp *>(c->args[0]);
  if (auto *a = ast::dynCast<ast::Attribute>(c->func)) {
    auto *k = ast::dynCast<ast::Constant>(a->value);
    bool join = k && k->value.kind == ast::ConstValue::Kind::Str && a->attr == "join";
    return join ? g : nullptr;
  }
  auto *n = ast::dynCast<ast::Name>(c->func);
  CompSink sink;
  if (!n || !genExpConsumer(n->id, &sink)) return nullptr;
  // resolve() as lowerCall will see the name: the comprehensions around the
  // call first (a name they bind is theirs), then this function's scope.
  // Only for function scopes (a class body looks in its namespace first).
  using sema::Binding;
  std::string name(n->id);
  const sema::Symbol *sym = nullptr;
  for (size_t i = compScopes.size(); i-- > 0 && !sym;) {
    sym = compScopes[i]->lookup(name);
    if (sym && sym->binding == Binding::Free) sym = nullptr;
  }
  if (!sym && scope) sym = scope->lookup(name);
  if (sym && (sym->binding == Binding::Local || sym->binding == Binding::Cell ||
              sym->binding == Binding::Free))
    return nullptr;
  return ml.storedGlobals.count(name) ? nullptr : g; // else the builtin
}

bool FunctionLowering::inlinableGenExp(ast::expr *e) {
  auto *g = ast::dynCast<ast::GeneratorExp>(e);
  if (!g) return false;
  const sema::Scope *sc = ml.scopeOf(g);
  if (!sc || sc->isCoroutine) return false;
  for (ast::comprehension *c : g->generators)
    if (c->is_async) return false;
  return true;
}

// A generator expression inlined here behaves as its generator would when
// consumed at once by the builtin: the first iterable is evaluated in this
// scope, its variables live in hidden slots, and a StopIteration escaping
// the loops becomes RuntimeError (PEP 479). any()/all() leave the loops at
// the first deciding item, dropping the open iterators as the generator's
// destruction would.
Instruction *FunctionLowering::lowerInlineComp(ast::expr *e, CompSink sink) {
  const sema::Scope *sc = ml.scopeOf(e);
  ast::Seq<ast::comprehension *> gens;
  ast::expr *elt = nullptr;
  bool genexp = false;
  if (auto *x = ast::dynCast<ast::ListComp>(e)) {
    gens = x->generators;
    elt = x->elt;
  } else if (auto *y = ast::dynCast<ast::SetComp>(e)) {
    gens = y->generators;
    elt = y->elt;
  } else if (auto *g = ast::dynCast<ast::GeneratorExp>(e)) {
    gens = g->generators;
    elt = g->elt;
    genexp = true;
  } else {
    gens = static_cast<ast::DictComp *>(e)->generators;
  }
  if (!sc) {
    ml.unsupported(e, "comprehension without a scope");
    return none();
  }
  // The first iterable is evaluated in the enclosing scope. A synchronous
  // clause iterates as a for statement does (hidden slots: a C counter over
  // range(...), an exact list by index); an async one through its tracked
  // async iterator.
  auto beginAsync = [&](ast::expr *iter) {
    Instruction *src = lowerIterExpr(iter);
    Instruction *it;
    {
      LocScope ls(*this, iter);
      it = b.emit(Op::AIter, {src});
    }
    b.release(src);
    return b.track(it);
  };
  Instruction *it0 = nullptr;
  ForSource src0{};
  if (gens[0]->is_async)
    it0 = beginAsync(gens[0]->iter);
  else
    src0 = beginForSource(gens[0]->iter);
  // The result: a container built in place, or a reduction's slots.
  Instruction *acc = nullptr;
  uint32_t accSlot = 0, auxSlot = 0;
  int64_t cmpOp = sink == CompSink::Max ? 4 /* MOLT_GT */ : 0 /* MOLT_LT */;
  switch (sink) {
  case CompSink::List:
  case CompSink::Set:
  case CompSink::Dict:
    acc = b.track(b.emit(sink == CompSink::List  ? Op::BuildList
                         : sink == CompSink::Set ? Op::BuildSet
                                                 : Op::BuildDict,
                         {}, 0));
    // One loop with no condition: one item per step of the source, whose
    // length is known before the first (range(...), an indexed list/tuple).
    if (sink == CompSink::List && gens.size == 1 && !gens[0]->is_async && gens[0]->ifs.size == 0) {
      if (src0.range)
        b.emit(Op::ListReserveRange, {acc}, src0.slot, src0.aux, src0.stopStep);
      else
        b.emit(Op::ListReserveSeq, {acc}, src0.slot, src0.aux);
    }
    break;
  case CompSink::Sum:
    accSlot = fn->addSlot(SlotKind::Hidden, "sum.total");
    auxSlot = fn->addSlot(SlotKind::Hidden, "sum.phase");
    b.emit(Op::SumInit, {}, accSlot, auxSlot);
    break;
  case CompSink::Max:
  case CompSink::Min:
    accSlot = fn->addSlot(SlotKind::Hidden, "minmax.best");
    b.emit(Op::ClearLocal, {}, accSlot);
    break;
  case CompSink::Any:
  case CompSink::All:
    accSlot = fn->addSlot(SlotKind::Temp, "anyall.result");
    break;
  }
  CompCtx ctx;
  ctx.scope = sc;
  for (const sema::Symbol &s : sc->symbols) {
    if (s.binding == sema::Binding::Local) {
      ctx.slots[s.name] = fn->addSlot(SlotKind::Local, s.name);
    } else if (s.binding == sema::Binding::Cell) {
      ctx.slots[s.name] = fn->addSlot(SlotKind::Cell, s.name);
      ctx.cells.insert(s.name);
    }
  }
  for (const std::string &c : ctx.cells)
    b.emit(Op::MakeEmptyCell, {}, ctx.slots[c]);
  comps.push_back(ctx);
  // A generator expression's loops unwind through PEP 479's conversion.
  BasicBlock *outer0 = b.unwind, *stopPad = nullptr;
  if (genexp) {
    stopPad = fn->newBlock("genexp.stop");
    b.unwind = stopPad;
  }
  std::vector<Instruction *> liveBefore = b.live;
  // any()/all(): the block reached by the deciding item, and the iterator
  // slots open there.
  BasicBlock *decided = nullptr;
  std::vector<uint32_t> openSlots, decidedOpen;
  if (sink == CompSink::Any || sink == CompSink::All) decided = fn->newBlock("genexp.decided");

  // Nested loops, innermost appends. `it` is an async clause's iterator,
  // `src` a synchronous clause's slots.
  using ClauseLoop = std::function<void(size_t, Instruction *, const ForSource *)>;
  ClauseLoop loop = [&](size_t i, Instruction *it, const ForSource *src) {
    ast::comprehension *g = gens[i];
    BasicBlock *head = fn->newBlock("comp.head"), *body = fn->newBlock("comp.body"),
               *exit = fn->newBlock("comp.exit");
    // As in a for statement, an exception leaving the loop drops the
    // iterator slot on its way out.
    BasicBlock *outer = b.unwind, *pad = nullptr;
    if (src) {
      pad = fn->newBlock("comp.unwind");
      b.unwind = pad;
      openSlots.push_back(src->slot);
    }
    b.br(head);
    b.setBlock(head);
    std::vector<Instruction *> atHead = b.live;
    Instruction *v;
    if (g->is_async) {
      v = lowerAsyncNext(it, g->iter, exit);
      b.untrack(v);
      b.br(body);
    } else {
      v = forSourceNext(*src, g->iter);
      Instruction *t = b.emit(Op::BrIfStop, {v});
      t->targets[0] = exit;
      t->targets[1] = body;
    }
    b.setBlock(body);
    b.track(v);
    lowerAssignTo(g->target, v);
    b.release(v);
    for (ast::expr *cond : g->ifs) {
      BasicBlock *pass = fn->newBlock("comp.if");
      lowerCondBr(cond, pass, head);
      b.setBlock(pass);
    }
    if (i + 1 < gens.size) {
      if (gens[i + 1]->is_async) {
        Instruction *it2 = beginAsync(gens[i + 1]->iter);
        loop(i + 1, it2, nullptr);
        b.release(it2);
      } else {
        ForSource src2 = beginForSource(gens[i + 1]->iter);
        loop(i + 1, nullptr, &src2);
      }
    } else if (sink == CompSink::Dict) {
      auto *dc = static_cast<ast::DictComp *>(e);
      Instruction *k = lowerExpr(dc->key);
      Instruction *val = lowerExpr(dc->value);
      LocScope ls(*this, e);
      b.emit(Op::DictSetItem, {acc, k, val});
      b.release(val);
      b.release(k);
    } else if (sink == CompSink::Any || sink == CompSink::All) {
      decidedOpen = openSlots;
      if (sink == CompSink::Any)
        lowerCondBr(elt, decided, head);
      else
        lowerCondBr(elt, head, decided);
    } else {
      Instruction *x = lowerExpr(elt);
      LocScope ls(*this, e);
      switch (sink) {
      case CompSink::Sum:
        b.emit(Op::SumStep, {x}, accSlot, auxSlot);
        break;
      case CompSink::Max:
      case CompSink::Min:
        b.emit(Op::MinMaxStep, {x}, accSlot, cmpOp);
        break;
      default:
        b.emit(sink == CompSink::List ? Op::ListAppend : Op::SetAdd, {acc, x});
        break;
      }
      b.release(x);
    }
    if (!b.terminated()) b.br(head);
    b.setBlock(exit);
    b.live = atHead;
    if (src) {
      openSlots.pop_back();
      b.emit(Op::ClearLocal, {}, src->slot);
      lowerIterSlotPad(pad, src->slot, outer);
      b.setBlock(exit);
      b.live = atHead;
    }
  };
  loop(0, it0, gens[0]->is_async ? nullptr : &src0);
  b.unwind = outer0;
  comps.pop_back();
  Instruction *r = nullptr;
  switch (sink) {
  case CompSink::List:
  case CompSink::Set:
  case CompSink::Dict:
    r = acc;
    break;
  case CompSink::Sum:
  case CompSink::Max:
  case CompSink::Min: {
    LocScope ls(*this, e);
    r = b.track(sink == CompSink::Sum ? b.emit(Op::SumResult, {}, accSlot, auxSlot)
                                      : b.emit(Op::MinMaxResult, {}, accSlot, cmpOp));
    break;
  }
  case CompSink::Any:
  case CompSink::All: {
    BasicBlock *join = fn->newBlock("genexp.join");
    bool isAny = sink == CompSink::Any;
    moveToTemp(accSlot, owned(constExpr(isAny ? "MOLT_FALSE" : "MOLT_TRUE")));
    b.br(join);
    b.setBlock(decided);
    b.live = liveBefore;
    for (size_t i = decidedOpen.size(); i-- > 0;) // innermost first, as unwinding would
      b.emit(Op::ClearLocal, {}, decidedOpen[i]);
    moveToTemp(accSlot, owned(constExpr(isAny ? "MOLT_TRUE" : "MOLT_FALSE")));
    b.br(join);
    b.setBlock(join);
    b.live = liveBefore;
    r = takeTemp(accSlot);
    break;
  }
  }
  for (auto &[name, slot] : ctx.slots)
    b.emit(Op::ClearLocal, {}, slot);
  if (it0) b.release(it0);
  if (stopPad) {
    // PEP 479, then on outward (a reduction's partial result is dropped).
    BasicBlock *cont = b.block();
    std::vector<Instruction *> liveAfter = b.live;
    b.setBlock(stopPad);
    b.live.clear();
    if (sink == CompSink::Sum || sink == CompSink::Max || sink == CompSink::Min)
      b.emit(Op::ClearLocal, {}, accSlot);
    b.emit(Op::GenExpStop);
    b.emit(Op::Unwind)->unwind = outer0;
    b.setBlock(cont);
    b.live = liveAfter;
  }
  return r;
}

Instruction *FunctionLowering::lowerMakeFunction(const ast::Node *node, const ast::arguments *args,
                                                 const sema::Scope *childScope) {
  if (!childScope) {
    ml.unsupported(node, "function without a scope");
    return none();
  }
  std::vector<Instruction *> decos;
  if (auto *fd = asDef(node))
    for (ast::expr *d : fd->decorator_list)
      decos.push_back(lowerExpr(d));
  Instruction *defaults = nullptr, *kwdefaults = nullptr;
  if (!args->defaults.empty()) {
    std::vector<Instruction *> items;
    for (ast::expr *d : args->defaults)
      items.push_back(lowerExpr(d));
    defaults = b.emit(Op::BuildTuple, items);
    for (size_t i = items.size(); i-- > 0;)
      b.release(items[i]);
    b.track(defaults);
  } else {
    defaults = none();
  }
  std::vector<Instruction *> kv;
  for (uint32_t i = 0; i < args->kwonlyargs.size; ++i)
    if (i < args->kw_defaults.size && args->kw_defaults[i]) {
      kv.push_back(strConst(mangled(args->kwonlyargs[i]->arg)));
      kv.push_back(lowerExpr(args->kw_defaults[i]));
    }
  if (!kv.empty()) {
    kwdefaults = b.emit(Op::BuildDict, kv, static_cast<int64_t>(kv.size() / 2));
    for (size_t i = kv.size(); i-- > 0;)
      b.release(kv[i]);
    b.track(kwdefaults);
  } else {
    kwdefaults = none();
  }
  Instruction *f;
  auto *gen = asDef(node);
  if (gen && !gen->type_params.empty()) {
    // def f[T](...): a `<generic parameters of f>` function taking the
    // defaults creates T and returns f (CPython 3.12's annotation scope).
    bool hasKw = !kv.empty();
    std::vector<std::string> argnames{".defaults"};
    std::vector<Instruction *> argvals{defaults};
    if (hasKw) {
      argnames.push_back(".kwdefaults");
      argvals.push_back(kwdefaults);
    }
    f = lowerGeneric(gen->type_params, std::string(gen->name), argnames, argvals,
                     [&](FunctionLowering &fl, Instruction *tp) {
                       Instruction *d = fl.lowerName(".defaults", node);
                       Instruction *kd = hasKw ? fl.lowerName(".kwdefaults", node) : fl.none();
                       Instruction *fo = fl.buildFunction(node, args, childScope, d, kd);
                       LocScope ls(fl, node);
                       fl.b.emit(Op::SetAttr, {fo, tp}, fl.ml.mod.strConst("__type_params__"));
                       return fo;
                     });
    b.release(kwdefaults);
    b.release(defaults);
  } else {
    f = buildFunction(node, args, childScope, defaults, kwdefaults);
  }
  auto *fdef = asDef(node);
  for (size_t i = decos.size(); i-- > 0;) {
    LocScope ls(*this, fdef->decorator_list[i]);
    Instruction *r = b.emit(Op::Call, {decos[i], f});
    b.release(f);
    f = b.track(r);
  }
  for (size_t i = decos.size(); i-- > 0;)
    b.release(decos[i]);
  return f;
}

Instruction *FunctionLowering::buildFunction(const ast::Node *node, const ast::arguments *args,
                                             const sema::Scope *childScope, Instruction *defaults,
                                             Instruction *kwdefaults) {
  Instruction *closure = nullptr;
  // __annotations__ of a def, evaluated after the defaults in CPython's order
  // (args, positional-only, *args, keyword-only, **kwargs, return).
  Instruction *annotations = nullptr;
  auto *fdAnn = asDef(node);
  if (fdAnn && !futureAnnotationsModule(ml.unit.tree)) {
    std::vector<Instruction *> av;
    auto add = [&](const ast::arg *a) {
      if (!a || !a->annotation) return;
      av.push_back(strConst(mangled(a->arg)));
      av.push_back(lowerExpr(a->annotation));
    };
    for (const ast::arg *a : args->args)
      add(a);
    for (const ast::arg *a : args->posonlyargs)
      add(a);
    add(args->vararg);
    for (const ast::arg *a : args->kwonlyargs)
      add(a);
    add(args->kwarg);
    if (fdAnn->returns) {
      av.push_back(strConst("return"));
      av.push_back(lowerExpr(fdAnn->returns));
    }
    if (!av.empty()) {
      annotations = b.emit(Op::BuildDict, av, static_cast<int64_t>(av.size() / 2));
      for (size_t i = av.size(); i-- > 0;)
        b.release(av[i]);
      b.track(annotations);
    }
  }
  std::vector<Instruction *> cells;
  for (const sema::Symbol &s : childScope->symbols)
    if (s.binding == sema::Binding::Free) cells.push_back(cellFor(s.name));
  if (!cells.empty())
    closure = b.track(b.emit(Op::BuildTuple, cells));
  else
    closure = none();
  ir::Function *child = ml.lowerFunction(node, childScope);
  Instruction *f = b.emit(Op::MakeFunction, {defaults, kwdefaults, closure},
                          ml.mod.strConst(ml.unit.name), -1, "fi_" + child->cname);
  b.release(closure);
  b.release(kwdefaults);
  b.release(defaults);
  b.track(f);
  if (annotations) {
    b.emit(Op::SetAttr, {f, annotations}, ml.mod.strConst("__annotations__"));
    b.release(annotations);
  }
  return f;
}

// `yield from x`: a loop of delegation steps, each yielding the delegate's value
// and feeding the sent value back (throw/close reach the delegate through the
// runtime, which knows it as the generator's `yf`).
Instruction *FunctionLowering::lowerYieldFrom(ast::YieldFrom *y) {
  Instruction *src = lowerExpr(y->value);
  Instruction *it;
  {
    LocScope ls(*this, y);
    it = b.emit(Op::YieldFromIter, {src});
  }
  b.release(src);
  b.track(it);
  return lowerDelegate(it, y);
}

Instruction *FunctionLowering::lowerDelegate(Instruction *it, const ast::Node *at) {
  uint32_t itSlot = fn->addSlot(SlotKind::Hidden, "yf.iter");
  moveToTemp(itSlot, it);
  uint32_t resSlot = fn->addSlot(SlotKind::Hidden, "yf.result");
  uint32_t sentSlot = fn->addSlot(SlotKind::Temp, "yf.sent");
  moveToTemp(sentSlot, owned(none()));
  BasicBlock *head = fn->newBlock("yf.head"), *body = fn->newBlock("yf.body"),
             *done = fn->newBlock("yf.done");
  b.br(head);
  b.setBlock(head);
  std::vector<Instruction *> atHead = b.live;
  Instruction *sent = takeTemp(sentSlot);
  Instruction *cur = b.emit(Op::PeekSlot, {}, itSlot);
  Instruction *v;
  {
    LocScope ls(*this, at);
    v = b.emit(Op::YieldFromSend, {cur, sent}, resSlot);
  }
  b.release(sent);
  Instruction *t = b.emit(Op::BrIfStop, {v});
  t->targets[0] = done;
  t->targets[1] = body;
  b.setBlock(body);
  Instruction *r;
  {
    LocScope ls(*this, at);
    r = b.emit(Op::Yield, {v}); // takes v's reference
  }
  b.track(r);
  moveToTemp(sentSlot, r);
  b.br(head);
  b.setBlock(done);
  b.live = atHead;
  b.emit(Op::ClearLocal, {}, itSlot);
  return takeTemp(resSlot);
}

// `await x`: the awaitable's iterator (the coroutine itself, or __await__()),
// then the `yield from` loop: what the innermost awaitable yields comes out of
// the outermost send(), and send/throw/close reach it through the frames' yf.
Instruction *FunctionLowering::lowerAwait(Instruction *x, const ast::Node *at, int where) {
  Instruction *it;
  {
    LocScope ls(*this, at);
    it = b.emit(Op::GetAwaitable, {x}, where);
  }
  b.release(x);
  b.track(it);
  return lowerDelegate(it, at);
}

Instruction *FunctionLowering::lowerAsyncNext(Instruction *it, const ast::Node *at,
                                              BasicBlock *exit) {
  // The values live here are kept out of the step's cleanup lists: on
  // StopAsyncIteration they are still needed after the loop.
  std::vector<Instruction *> keep = b.live;
  BasicBlock *outer = b.unwind;
  BasicBlock *stop = fn->newBlock("anext.exc"), *reraise = fn->newBlock("anext.reraise");
  b.live.clear();
  b.unwind = stop;
  Instruction *aw;
  {
    LocScope ls(*this, at);
    aw = b.emit(Op::ANext, {it});
  }
  b.track(aw);
  Instruction *v = lowerDelegate(aw, at);
  b.unwind = outer;
  b.live.insert(b.live.begin(), keep.begin(), keep.end());
  BasicBlock *cont = b.block();
  b.setBlock(stop);
  b.live.clear();
  Instruction *c = b.emit(Op::TakeStopAsync);
  b.condBr(c, exit, reraise);
  b.setBlock(reraise);
  for (size_t i = keep.size(); i-- > 0;)
    b.emit(Op::Decref, {keep[i]});
  b.emit(Op::Unwind)->unwind = outer;
  b.setBlock(cont);
  b.live = keep;
  b.live.push_back(v);
  return v;
}

// A generator expression: its own function (one parameter, `.0`, the iterator
// of the first iterable, which is evaluated here in the enclosing scope),
// called at once.
Instruction *FunctionLowering::lowerGenExp(ast::GeneratorExp *e) {
  const sema::Scope *sc = ml.scopeOf(e);
  if (!sc) {
    ml.unsupported(e, "generator expression without a scope");
    return none();
  }
  Instruction *first = lowerIterExpr(e->generators[0]->iter);
  Instruction *it0;
  {
    LocScope ls(*this, e->generators[0]->iter);
    it0 = b.emit(e->generators[0]->is_async ? Op::AIter : Op::IterOrList, {first});
  }
  b.release(first);
  b.track(it0);
  std::vector<Instruction *> cells;
  for (const sema::Symbol &s : sc->symbols)
    if (s.binding == sema::Binding::Free) cells.push_back(cellFor(s.name));
  Instruction *closure = cells.empty() ? none() : b.track(b.emit(Op::BuildTuple, cells));
  ir::Function *child = ml.lowerFunction(e, sc);
  LocScope ls(*this, e);
  Instruction *f = b.emit(Op::MakeFunction, {none(), none(), closure},
                          ml.mod.strConst(ml.unit.name), -1, "fi_" + child->cname);
  b.release(closure);
  b.track(f);
  Instruction *r = b.emit(Op::Call, {f, it0});
  b.release(f);
  b.release(it0);
  return b.track(r);
}

// The body of a generator expression's function: nested loops yielding elt.
// Synchronous loops iterate through a slot pair as `for` does (ForNext: an
// exact list by index, anything else through its iterator); `.0` may be the
// first iterable's list itself (IterOrList).
void FunctionLowering::lowerGenExpBody(ast::GeneratorExp *e) {
  auto &gens = e->generators;
  // it: the async iterator (async levels); slot/aux: the sync level's slots.
  std::function<void(size_t, Instruction *, uint32_t, uint32_t)> loop =
      [&](size_t i, Instruction *it, uint32_t slot, uint32_t aux) {
        ast::comprehension *g = gens[i];
        BasicBlock *head = fn->newBlock("gen.head"), *body = fn->newBlock("gen.body"),
                   *exit = fn->newBlock("gen.exit");
        b.br(head);
        b.setBlock(head);
        std::vector<Instruction *> atHead = b.live;
        Instruction *v;
        if (g->is_async) {
          v = lowerAsyncNext(it, g->iter, exit);
          b.untrack(v);
          b.br(body);
        } else {
          {
            LocScope ls(*this, g->iter);
            v = b.emit(Op::ForNext, {}, slot, aux);
          }
          Instruction *t = b.emit(Op::BrIfStop, {v});
          t->targets[0] = exit;
          t->targets[1] = body;
          atHead = b.live;
        }
        b.setBlock(body);
        b.track(v);
        lowerAssignTo(g->target, v);
        b.release(v);
        for (ast::expr *cond : g->ifs) {
          BasicBlock *pass = fn->newBlock("gen.if");
          lowerCondBr(cond, pass, head);
          b.setBlock(pass);
        }
        if (i + 1 < gens.size) {
          Instruction *src = lowerIterExpr(gens[i + 1]->iter);
          uint32_t s2 = fn->addSlot(SlotKind::Hidden, "gen.iter");
          if (gens[i + 1]->is_async) {
            Instruction *it2;
            {
              LocScope ls(*this, gens[i + 1]->iter);
              it2 = b.emit(Op::AIter, {src});
            }
            b.release(src);
            b.track(it2);
            moveToTemp(s2, it2);
            loop(i + 1, b.emit(Op::PeekSlot, {}, s2), 0, 0);
          } else {
            uint32_t a2 = fn->addSlot(SlotKind::Hidden, "gen.index");
            {
              LocScope ls(*this, gens[i + 1]->iter);
              b.emit(Op::ForIter, {src}, s2, a2);
            }
            b.release(src);
            loop(i + 1, nullptr, s2, a2);
          }
          b.emit(Op::ClearLocal, {}, s2);
        } else {
          Instruction *x = owned(lowerExpr(e->elt));
          LocScope ls(*this, e->elt);
          b.untrack(x); // Yield takes x's reference
          b.release(b.track(b.emit(Op::Yield, {x})));
        }
        b.br(head);
        b.setBlock(exit);
        b.live = atHead;
      };
  uint32_t s0 = slotOf.at(".0");
  if (gens[0]->is_async) {
    loop(0, b.emit(Op::PeekSlot, {}, s0), 0, 0);
  } else {
    uint32_t a0 = fn->addSlot(SlotKind::Hidden, "gen.index");
    b.emit(Op::ForIdxInit, {}, s0, a0);
    loop(0, nullptr, s0, a0);
  }
}

} // namespace molt::lower
