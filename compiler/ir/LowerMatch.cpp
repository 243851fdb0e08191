// AST -> IR lowering of `match` statements (PEP 634) as CPython 3.12 runs
// them: the cases are tried in order; a pattern is a chain of tests that jump
// to the next case on failure; names captured by a pattern are bound only
// once the whole pattern matched (before the guard runs). Every intermediate
// value (the subject, unpacked items, looked-up values, captures) lives in a
// hidden slot, so failure edges need no reference-count bookkeeping; the
// run-time checks are runtime/core/matchpat.cpp.
#include "ir/Lower.h"

namespace molt::lower {

using namespace molt::ir;

namespace {

/// `_` (a MatchAs without pattern and name): matches anything, binds nothing.
bool isWildcard(const ast::pattern *p) {
  auto *a = ast::dynCast<ast::MatchAs>(const_cast<ast::pattern *>(p));
  return a && !a->pattern && !a->name.data();
}

} // namespace

uint32_t FunctionLowering::holdInSlot(Instruction *v) {
  uint32_t slot = fn->addSlot(SlotKind::Hidden, "match.tmp");
  moveToTemp(slot, owned(v));
  return slot;
}

void FunctionLowering::matchCapture(const std::string &name, uint32_t valueSlot,
                                    std::map<std::string, uint32_t> &caps) {
  auto it = caps.find(name);
  if (it == caps.end())
    it = caps.emplace(name, fn->addSlot(SlotKind::Hidden, "match." + name)).first;
  Instruction *v = b.track(b.emit(Op::NewRef, {b.emit(Op::PeekSlot, {}, valueSlot)}));
  moveToTemp(it->second, v);
}

void FunctionLowering::matchItems(Instruction *seq, const std::vector<ast::pattern *> &subs,
                                  int64_t star, BasicBlock *fail,
                                  std::map<std::string, uint32_t> &caps) {
  bool needed = false;
  for (ast::pattern *p : subs) {
    auto *ms = ast::dynCast<ast::MatchStar>(p);
    if (ms ? ms->name.data() != nullptr : !isWildcard(p)) needed = true;
  }
  if (!needed) return;
  size_t n = subs.size();
  Instruction *u = star < 0 ? b.emit(Op::Unpack, {seq}, static_cast<int64_t>(n))
                            : b.emit(Op::UnpackEx, {seq}, star, static_cast<int64_t>(n) - star - 1);
  std::vector<uint32_t> slots;
  for (size_t i = 0; i < n; ++i)
    slots.push_back(holdInSlot(b.track(b.emit(Op::Extract, {u}, static_cast<int64_t>(i)))));
  for (size_t i = 0; i < n; ++i) {
    if (auto *ms = ast::dynCast<ast::MatchStar>(subs[i])) {
      if (ms->name.data()) matchCapture(std::string(ms->name), slots[i], caps);
      continue;
    }
    if (!isWildcard(subs[i])) lowerPattern(subs[i], slots[i], fail, caps);
  }
}

void FunctionLowering::lowerPattern(ast::pattern *p, uint32_t subj, BasicBlock *fail,
                                    std::map<std::string, uint32_t> &caps) {
  LocScope ls(*this, p);
  auto subject = [&]() { return b.emit(Op::PeekSlot, {}, subj); };
  auto test = [&](Instruction *cond) {
    BasicBlock *ok = fn->newBlock("match.ok");
    b.condBr(cond, ok, fail);
    b.setBlock(ok);
  };
  switch (p->kind) {
  case ast::NodeKind::MatchValue: {
    auto *m = static_cast<ast::MatchValue *>(p);
    Instruction *v = lowerExpr(m->value);
    LocScope ls2(*this, p);
    Instruction *eq = b.emit(Op::CmpBool, {subject(), v}, 0, -1, "molt_cmp_eq");
    b.release(v);
    test(eq);
    return;
  }
  case ast::NodeKind::MatchSingleton: {
    auto *m = static_cast<ast::MatchSingleton *>(p);
    test(b.emit(Op::Is, {subject(), constant(m->value)}));
    return;
  }
  case ast::NodeKind::MatchAs: {
    auto *m = static_cast<ast::MatchAs *>(p);
    if (m->pattern) lowerPattern(m->pattern, subj, fail, caps);
    if (m->name.data()) matchCapture(std::string(m->name), subj, caps);
    return;
  }
  case ast::NodeKind::MatchOr: {
    auto *m = static_cast<ast::MatchOr *>(p);
    BasicBlock *done = fn->newBlock("match.or.done");
    for (uint32_t i = 0; i < m->patterns.size; ++i) {
      bool last = i + 1 == m->patterns.size;
      BasicBlock *next = last ? fail : fn->newBlock("match.or.next");
      lowerPattern(m->patterns[i], subj, next, caps);
      b.br(done);
      if (!last) b.setBlock(next);
    }
    b.setBlock(done);
    return;
  }
  case ast::NodeKind::MatchSequence: {
    auto *m = static_cast<ast::MatchSequence *>(p);
    test(b.emit(Op::MatchSeq, {subject()}));
    std::vector<ast::pattern *> subs(m->patterns.begin(), m->patterns.end());
    int64_t star = -1;
    for (size_t i = 0; i < subs.size(); ++i)
      if (subs[i]->kind == ast::NodeKind::MatchStar) star = static_cast<int64_t>(i);
    int64_t n = static_cast<int64_t>(subs.size());
    Instruction *len = b.track(b.emit(Op::Len, {subject()}));
    Instruction *ok =
        star < 0
            ? b.emit(Op::CmpBool, {len, constExpr("molt_small_int(" + std::to_string(n) + ")")}, 0,
                     -1, "molt_cmp_eq")
            : b.emit(Op::CmpBool, {len, constExpr("molt_small_int(" + std::to_string(n - 1) + ")")},
                     0, -1, "molt_cmp_ge");
    b.release(len);
    test(ok);
    matchItems(subject(), subs, star, fail, caps);
    return;
  }
  case ast::NodeKind::MatchMapping: {
    auto *m = static_cast<ast::MatchMapping *>(p);
    test(b.emit(Op::MatchMap, {subject()}));
    size_t n = m->keys.size;
    if (n == 0 && !m->rest.data()) return;
    if (n > 0) {
      Instruction *len = b.track(b.emit(Op::Len, {subject()}));
      Instruction *ok =
          b.emit(Op::CmpBool, {len, constExpr("molt_small_int(" + std::to_string(n) + ")")}, 0, -1,
                 "molt_cmp_ge");
      b.release(len);
      test(ok);
    }
    std::vector<Instruction *> keys;
    for (ast::expr *k : m->keys)
      keys.push_back(lowerExpr(k));
    LocScope ls2(*this, p);
    Instruction *kt = b.emit(Op::BuildTuple, keys);
    for (size_t i = keys.size(); i-- > 0;)
      b.release(keys[i]);
    uint32_t keysSlot = holdInSlot(b.track(kt));
    if (n > 0) {
      Instruction *vals =
          b.track(b.emit(Op::MatchKeys, {subject(), b.emit(Op::PeekSlot, {}, keysSlot)}));
      Instruction *missing = b.emit(Op::Is, {vals, none()});
      uint32_t valsSlot = holdInSlot(vals);
      test(b.emit(Op::NotC, {missing}));
      std::vector<ast::pattern *> subs(m->patterns.begin(), m->patterns.end());
      matchItems(b.emit(Op::PeekSlot, {}, valsSlot), subs, -1, fail, caps);
    }
    if (m->rest.data()) {
      Instruction *rest =
          b.track(b.emit(Op::MatchRest, {subject(), b.emit(Op::PeekSlot, {}, keysSlot)}));
      matchCapture(std::string(m->rest), holdInSlot(rest), caps);
    }
    return;
  }
  case ast::NodeKind::MatchClass: {
    auto *m = static_cast<ast::MatchClass *>(p);
    Instruction *cls = lowerExpr(m->cls);
    LocScope ls2(*this, p);
    int64_t kw = -1;
    if (!m->kwd_attrs.empty()) {
      Constant t;
      t.kind = Constant::Kind::Tuple;
      for (auto a : m->kwd_attrs)
        t.items.push_back(ml.mod.strConst(std::string(a)));
      kw = ml.mod.addConst(t);
    }
    Instruction *r = b.track(
        b.emit(Op::MatchClass, {subject(), cls}, static_cast<int64_t>(m->patterns.size), kw));
    b.release(cls);
    Instruction *missing = b.emit(Op::Is, {r, none()});
    uint32_t rSlot = holdInSlot(r);
    test(b.emit(Op::NotC, {missing}));
    std::vector<ast::pattern *> subs(m->patterns.begin(), m->patterns.end());
    subs.insert(subs.end(), m->kwd_patterns.begin(), m->kwd_patterns.end());
    matchItems(b.emit(Op::PeekSlot, {}, rSlot), subs, -1, fail, caps);
    return;
  }
  default:
    ml.unsupported(p, std::string(ast::kindName(p->kind)));
    return;
  }
}

void FunctionLowering::lowerMatch(ast::Match *s) {
  Instruction *v = lowerExpr(s->subject);
  LocScope ls(*this, s);
  uint32_t subj = holdInSlot(v);
  BasicBlock *end = fn->newBlock("match.end");
  for (ast::match_case *c : s->cases) {
    b.live.clear();
    BasicBlock *next = fn->newBlock("match.next");
    std::map<std::string, uint32_t> caps;
    lowerPattern(c->pattern, subj, next, caps);
    for (auto &[name, slot] : caps) {
      LocScope ls2(*this, c->pattern);
      storeName(name, b.emit(Op::PeekSlot, {}, slot));
      b.emit(Op::ClearLocal, {}, slot);
    }
    if (c->guard) {
      BasicBlock *body = fn->newBlock("match.body");
      lowerCondBr(c->guard, body, next);
      b.setBlock(body);
    }
    lowerBody(c->body);
    if (!b.terminated()) b.br(end);
    b.setBlock(next);
  }
  b.br(end);
  b.setBlock(end);
  b.emit(Op::ClearLocal, {}, subj);
}

} // namespace molt::lower
