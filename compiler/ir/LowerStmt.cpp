// AST -> IR lowering: statements, control flow and exception handling.
#include "ir/Lower.h"

namespace molt::lower {

using namespace molt::ir;

void FunctionLowering::lowerStmt(ast::stmt *s) {
  LocScope ls(*this, s);
  b.live.clear();
  switch (s->kind) {
  case ast::NodeKind::Expr: {
    Instruction *v = lowerExpr(static_cast<ast::Expr *>(s)->value);
    b.release(v);
    break;
  }
  case ast::NodeKind::Assign: {
    auto *a = static_cast<ast::Assign *>(s);
    if (lowerParallelAssign(a)) break;
    Instruction *v = lowerExpr(a->value);
    for (ast::expr *t : a->targets)
      lowerAssignTo(t, v);
    b.release(v);
    break;
  }
  case ast::NodeKind::AnnAssign: {
    auto *a = static_cast<ast::AnnAssign *>(s);
    if (a->value) {
      Instruction *v = lowerExpr(a->value);
      lowerAssignTo(a->target, v);
      b.release(v);
    }
    if (classNs)
      lowerClassAnnotation(a);
    else if (fn->kind == FuncKind::ModuleBody)
      lowerModuleAnnotation(a);
    break;
  }
  case ast::NodeKind::AugAssign:
    lowerAugAssign(static_cast<ast::AugAssign *>(s));
    break;
  case ast::NodeKind::If:
    lowerIf(static_cast<ast::If *>(s));
    break;
  case ast::NodeKind::While:
    lowerWhile(static_cast<ast::While *>(s));
    break;
  case ast::NodeKind::For:
    lowerFor(static_cast<ast::For *>(s));
    break;
  case ast::NodeKind::Try:
    lowerTry(static_cast<ast::Try *>(s));
    break;
  case ast::NodeKind::With:
    lowerWith(static_cast<ast::With *>(s), 0);
    break;
  case ast::NodeKind::Return:
    lowerReturn(static_cast<ast::Return *>(s));
    break;
  case ast::NodeKind::Break:
    lowerBreakContinue(true);
    break;
  case ast::NodeKind::Continue:
    lowerBreakContinue(false);
    break;
  case ast::NodeKind::Raise:
    lowerRaise(static_cast<ast::Raise *>(s));
    break;
  case ast::NodeKind::Assert:
    lowerAssert(static_cast<ast::Assert *>(s));
    break;
  case ast::NodeKind::Import:
    lowerImport(static_cast<ast::Import *>(s));
    break;
  case ast::NodeKind::ImportFrom:
    lowerImportFrom(static_cast<ast::ImportFrom *>(s));
    break;
  case ast::NodeKind::FunctionDef:
    lowerFunctionDef(static_cast<ast::FunctionDef *>(s));
    break;
  case ast::NodeKind::Delete:
    for (ast::expr *t : static_cast<ast::Delete *>(s)->targets)
      lowerDelete(t);
    break;
  case ast::NodeKind::Global:
  case ast::NodeKind::Nonlocal:
  case ast::NodeKind::Pass:
    break;
  case ast::NodeKind::ClassDef:
    lowerClassDef(static_cast<ast::ClassDef *>(s));
    break;
  case ast::NodeKind::AsyncFunctionDef:
    lowerFunctionDef(asDef(s));
    break;
  case ast::NodeKind::AsyncFor:
    lowerAsyncFor(static_cast<ast::AsyncFor *>(s));
    break;
  case ast::NodeKind::AsyncWith:
    lowerAsyncWith(static_cast<ast::AsyncWith *>(s), 0);
    break;
  case ast::NodeKind::Match:
    lowerMatch(static_cast<ast::Match *>(s));
    break;
  case ast::NodeKind::TryStar:
    ml.unsupported(s, "try/except*");
    break;
  case ast::NodeKind::TypeAlias:
    lowerTypeAlias(static_cast<ast::TypeAlias *>(s));
    break;
  default:
    ml.unsupported(s, std::string(ast::kindName(s->kind)));
    break;
  }
}

void FunctionLowering::lowerAssignTo(ast::expr *target, Instruction *v) {
  LocScope ls(*this, target);
  switch (target->kind) {
  case ast::NodeKind::Name:
    storeName(std::string(static_cast<ast::Name *>(target)->id), v);
    return;
  case ast::NodeKind::Attribute: {
    auto *a = static_cast<ast::Attribute *>(target);
    Instruction *o = lowerExpr(a->value);
    LocScope ls2(*this, target);
    b.emit(Op::SetAttr, {o, v}, ml.mod.strConst(mangled(a->attr)));
    b.release(o);
    return;
  }
  case ast::NodeKind::Subscript: {
    auto *x = static_cast<ast::Subscript *>(target);
    Instruction *o = lowerExpr(x->value);
    Instruction *k = lowerExpr(x->slice);
    LocScope ls2(*this, target);
    b.emit(Op::SetItem, {o, k, v});
    b.release(k);
    b.release(o);
    return;
  }
  case ast::NodeKind::Tuple:
  case ast::NodeKind::List: {
    const ast::Seq<ast::expr *> &elts = target->kind == ast::NodeKind::Tuple
                                            ? static_cast<ast::Tuple *>(target)->elts
                                            : static_cast<ast::List *>(target)->elts;
    int64_t star = -1;
    for (uint32_t i = 0; i < elts.size; ++i)
      if (elts[i]->kind == ast::NodeKind::Starred) star = i;
    Instruction *u;
    size_t n = elts.size;
    if (star < 0) {
      u = b.emit(Op::Unpack, {v}, static_cast<int64_t>(n));
    } else {
      u = b.emit(Op::UnpackEx, {v}, star, static_cast<int64_t>(n) - star - 1);
    }
    std::vector<Instruction *> vals;
    for (size_t i = 0; i < n; ++i)
      vals.push_back(b.track(b.emit(Op::Extract, {u}, i)));
    for (size_t i = 0; i < n; ++i) {
      ast::expr *t = elts[i];
      if (auto *st = ast::dynCast<ast::Starred>(t)) t = st->value;
      lowerAssignTo(t, vals[i]);
      b.release(vals[i]);
    }
    return;
  }
  case ast::NodeKind::Starred:
    ml.unsupported(target, "starred assignment target");
    return;
  default:
    ml.unsupported(target, "assignment target");
    return;
  }
}

// `a, b = x, y` (one target, tuple display of the same length, no starred
// items): the values are evaluated left to right, then assigned left to
// right, as CPython does, without building and unpacking a tuple.
bool FunctionLowering::lowerParallelAssign(ast::Assign *a) {
  if (a->targets.size != 1 || a->value->kind != ast::NodeKind::Tuple) return false;
  ast::expr *target = a->targets[0];
  if (target->kind != ast::NodeKind::Tuple && target->kind != ast::NodeKind::List) return false;
  const ast::Seq<ast::expr *> &elts = target->kind == ast::NodeKind::Tuple
                                          ? static_cast<ast::Tuple *>(target)->elts
                                          : static_cast<ast::List *>(target)->elts;
  const ast::Seq<ast::expr *> &vals = static_cast<ast::Tuple *>(a->value)->elts;
  if (elts.size != vals.size || elts.size == 0) return false;
  for (ast::expr *e : elts)
    if (e->kind == ast::NodeKind::Starred) return false;
  for (ast::expr *e : vals)
    if (e->kind == ast::NodeKind::Starred) return false;
  std::vector<Instruction *> vs;
  for (ast::expr *e : vals)
    vs.push_back(lowerExpr(e));
  for (size_t i = 0; i < vs.size(); ++i) {
    lowerAssignTo(elts[i], vs[i]);
    b.release(vs[i]);
  }
  return true;
}

void FunctionLowering::lowerDelete(ast::expr *target) {
  LocScope ls(*this, target);
  switch (target->kind) {
  case ast::NodeKind::Name:
    deleteName(std::string(static_cast<ast::Name *>(target)->id));
    return;
  case ast::NodeKind::Attribute: {
    auto *a = static_cast<ast::Attribute *>(target);
    Instruction *o = lowerExpr(a->value);
    LocScope ls2(*this, target);
    b.emit(Op::DelAttr, {o}, ml.mod.strConst(mangled(a->attr)));
    b.release(o);
    return;
  }
  case ast::NodeKind::Subscript: {
    auto *x = static_cast<ast::Subscript *>(target);
    Instruction *o = lowerExpr(x->value);
    Instruction *k = lowerExpr(x->slice);
    LocScope ls2(*this, target);
    b.emit(Op::DelItem, {o, k});
    b.release(k);
    b.release(o);
    return;
  }
  case ast::NodeKind::Tuple:
    for (ast::expr *e : static_cast<ast::Tuple *>(target)->elts)
      lowerDelete(e);
    return;
  case ast::NodeKind::List:
    for (ast::expr *e : static_cast<ast::List *>(target)->elts)
      lowerDelete(e);
    return;
  default:
    ml.unsupported(target, "del target");
    return;
  }
}

void FunctionLowering::lowerAugAssign(ast::AugAssign *s) {
  const char *f = binopFunc(s->op, true);
  if (auto *n = ast::dynCast<ast::Name>(s->target)) {
    std::string name(n->id);
    Instruction *v = lowerName(name, n);
    Instruction *r = lowerExpr(s->value);
    Instruction *res = b.emit(Op::Binary, {v, r}, 0, -1, f);
    b.release(r);
    b.release(v);
    b.track(res);
    storeName(name, res);
    b.release(res);
    return;
  }
  if (auto *a = ast::dynCast<ast::Attribute>(s->target)) {
    Instruction *o = lowerExpr(a->value);
    int64_t k = ml.mod.strConst(mangled(a->attr));
    Instruction *v;
    {
      LocScope ls(*this, a);
      v = b.track(b.emit(Op::GetAttr, {o}, k));
    }
    Instruction *r = lowerExpr(s->value);
    Instruction *res = b.emit(Op::Binary, {v, r}, 0, -1, f);
    b.release(r);
    b.release(v);
    b.track(res);
    {
      LocScope ls(*this, a);
      b.emit(Op::SetAttr, {o, res}, k);
    }
    b.release(res);
    b.release(o);
    return;
  }
  if (auto *x = ast::dynCast<ast::Subscript>(s->target)) {
    Instruction *o = lowerExpr(x->value);
    Instruction *k = lowerExpr(x->slice);
    Instruction *v;
    {
      LocScope ls(*this, x);
      v = b.track(b.emit(Op::GetItem, {o, k}));
    }
    Instruction *r = lowerExpr(s->value);
    Instruction *res = b.emit(Op::Binary, {v, r}, 0, -1, f);
    b.release(r);
    b.release(v);
    b.track(res);
    {
      LocScope ls(*this, x);
      b.emit(Op::SetItem, {o, k, res});
    }
    b.release(res);
    b.release(k);
    b.release(o);
    return;
  }
  ml.unsupported(s, "augmented assignment target");
}

void FunctionLowering::lowerIf(ast::If *s) {
  BasicBlock *t = fn->newBlock("if.then");
  BasicBlock *end = fn->newBlock("if.end");
  BasicBlock *f = s->orelse.empty() ? end : fn->newBlock("if.else");
  lowerCondBr(s->test, t, f);
  b.setBlock(t);
  lowerBody(s->body);
  if (!b.terminated()) b.br(end);
  if (f != end) {
    b.setBlock(f);
    lowerBody(s->orelse);
    if (!b.terminated()) b.br(end);
  }
  b.setBlock(end);
}

void FunctionLowering::lowerWhile(ast::While *s) {
  BasicBlock *head = fn->newBlock("while.head"), *body = fn->newBlock("while.body"),
             *end = fn->newBlock("while.end");
  BasicBlock *orelse = s->orelse.empty() ? end : fn->newBlock("while.else");
  b.br(head);
  b.setBlock(head);
  {
    LocScope ls(*this, s->test);
    lowerCondBr(s->test, body, orelse);
  }
  b.setBlock(body);
  FBlock fb;
  fb.kind = FBlock::Loop;
  fb.brk = end;
  fb.cont = head;
  fb.outerUnwind = b.unwind;
  fblocks.push_back(fb);
  lowerBody(s->body);
  fblocks.pop_back();
  if (!b.terminated()) b.br(head);
  if (orelse != end) {
    b.setBlock(orelse);
    lowerBody(s->orelse);
    if (!b.terminated()) b.br(end);
  }
  b.setBlock(end);
}

void FunctionLowering::lowerIterSlotPad(BasicBlock *pad, uint32_t slot, BasicBlock *outer) {
  b.unwind = outer;
  b.setBlock(pad);
  b.live.clear();
  b.emit(Op::ClearLocal, {}, slot);
  b.emit(Op::Unwind)->unwind = outer;
}

// The part `for` and `async for` share once the next item v is in hand:
// bind it, run the body as a loop (break -> end, continue -> head), then the
// unwind pad and the else clause, both of which drop the iterator slot.
void FunctionLowering::lowerLoopRest(const LoopBlocks &k, uint32_t slot, ast::expr *target,
                                     Instruction *v, const ast::Seq<ast::stmt *> &body,
                                     const ast::Seq<ast::stmt *> &orelse) {
  lowerAssignTo(target, v);
  b.release(v);
  FBlock fb;
  fb.kind = FBlock::Loop;
  fb.brk = k.end;
  fb.cont = k.head;
  fb.iterSlot = slot;
  fb.outerUnwind = k.outer;
  fblocks.push_back(fb);
  lowerBody(body);
  fblocks.pop_back();
  if (!b.terminated()) b.br(k.head);
  lowerIterSlotPad(k.pad, slot, k.outer);
  b.setBlock(k.orelse);
  b.live.clear();
  b.emit(Op::ClearLocal, {}, slot);
  lowerBody(orelse);
  if (!b.terminated()) b.br(k.end);
  b.setBlock(k.end);
}

FunctionLowering::ForSource FunctionLowering::beginForSource(ast::expr *iter) {
  // `for x in range(...)` with the builtin range: a C counter when the
  // arguments are small ints (the range object and its iterator otherwise).
  ast::Call *rc = ast::dynCast<ast::Call>(iter);
  if (rc) {
    auto *fnm = ast::dynCast<ast::Name>(rc->func);
    bool ok = fnm && std::string(fnm->id) == "range" && rc->keywords.empty() &&
              rc->args.size >= 1 && rc->args.size <= 3;
    if (ok)
      for (ast::expr *a : rc->args)
        if (a->kind == ast::NodeKind::Starred) ok = false;
    if (ok) {
      NameRef r = resolve("range");
      ok = r.kind == NameRef::Global && r.builtinConst;
    }
    if (!ok) rc = nullptr;
  }
  ForSource src;
  src.slot = fn->addSlot(SlotKind::Hidden, "for.iter");
  src.aux = fn->addSlot(SlotKind::Hidden, "for.index");
  src.range = rc != nullptr;
  if (rc) {
    uint32_t stop = fn->addSlot(SlotKind::Hidden, "for.stop");
    uint32_t step = fn->addSlot(SlotKind::Hidden, "for.step");
    // Built with append (not operator+ chains): g++ 12 reports a false
    // -Wrestrict on `"l" + std::to_string(n)` (GCC bug 105329).
    std::string stopName = std::to_string(stop), stepName = std::to_string(step);
    src.stopStep.append("l").append(stopName).append(", l").append(stepName);
    std::string initArgs;
    initArgs.append("&l").append(stopName).append(", &l").append(stepName);
    std::vector<Instruction *> args;
    for (ast::expr *a : rc->args)
      args.push_back(lowerExpr(a));
    LocScope ls(*this, iter);
    b.emit(Op::ForRangeInit, args, src.slot, src.aux, initArgs);
    for (size_t i = args.size(); i-- > 0;)
      b.release(args[i]);
  } else {
    Instruction *it = lowerIterExpr(iter);
    {
      LocScope ls(*this, iter);
      b.emit(Op::ForIter, {it}, src.slot, src.aux);
    }
    b.release(it);
  }
  return src;
}

Instruction *FunctionLowering::forSourceNext(const ForSource &src, ast::expr *iter) {
  LocScope ls(*this, iter);
  return src.range ? b.emit(Op::ForRangeNext, {}, src.slot, src.aux, src.stopStep)
                   : b.emit(Op::ForNext, {}, src.slot, src.aux);
}

void FunctionLowering::lowerFor(ast::For *s) {
  ForSource src = beginForSource(s->iter);
  uint32_t slot = src.slot;
  BasicBlock *head = fn->newBlock("for.head"), *body = fn->newBlock("for.body"),
             *orelse = fn->newBlock("for.else"), *end = fn->newBlock("for.end");
  // An exception leaving the loop drops the iterator first, as CPython pops
  // it while unwinding (a generator being iterated is closed before any
  // handler runs).
  BasicBlock *outer = b.unwind, *pad = fn->newBlock("for.unwind");
  b.unwind = pad;
  b.br(head);
  b.setBlock(head);
  Instruction *v = forSourceNext(src, s->iter);
  Instruction *t = b.emit(Op::BrIfStop, {v});
  t->targets[0] = orelse;
  t->targets[1] = body;
  b.setBlock(body);
  b.track(v);
  lowerLoopRest(LoopBlocks{head, orelse, end, pad, outer}, slot, s->target, v, s->body, s->orelse);
}

void FunctionLowering::lowerBreakContinue(bool isBreak) {
  size_t i = fblocks.size();
  while (i > 0 && fblocks[i - 1].kind != FBlock::Loop)
    --i;
  if (i == 0) {
    ml.unsupported(nullptr, isBreak ? "break outside a loop" : "continue outside a loop");
    return;
  }
  FBlock loop = fblocks[i - 1];
  unwindFBlocks(i, false);
  if (b.terminated()) return;
  if (isBreak) {
    if (loop.iterSlot >= 0) b.emit(Op::ClearLocal, {}, loop.iterSlot);
    b.br(loop.brk);
  } else {
    b.br(loop.cont);
  }
}

void FunctionLowering::unwindFBlocks(size_t downTo, bool forReturn) {
  BasicBlock *savedUnwind = b.unwind;
  for (size_t i = fblocks.size(); i-- > downTo;) {
    if (b.terminated()) break;
    FBlock fb = fblocks[i];
    b.unwind = fb.outerUnwind;
    switch (fb.kind) {
    case FBlock::Loop:
      if (forReturn && fb.iterSlot >= 0) b.emit(Op::ClearLocal, {}, fb.iterSlot);
      break;
    case FBlock::Handler:
      b.emit(Op::PopHandled);
      b.emit(Op::ClearLocal, {}, fb.excSlot);
      if (fb.nameNode) unbindName(fb.excName);
      break;
    case FBlock::With: {
      Instruction *ex = b.emit(Op::PeekSlot, {}, fb.exitSlot);
      Instruction *nn = none();
      Instruction *r = b.track(b.emit(Op::Call, {ex, nn, nn, nn}));
      if (fb.isAsync) r = lowerAwait(r, nullptr, 2);
      b.release(r);
      b.emit(Op::ClearLocal, {}, fb.exitSlot);
      break;
    }
    case FBlock::Finally: {
      std::vector<FBlock> saved = fblocks;
      fblocks.resize(i);
      std::vector<CompCtx> savedComps = comps;
      lowerBody(*fb.finalbody);
      fblocks = saved;
      comps = savedComps;
      break;
    }
    }
  }
  b.unwind = savedUnwind;
}

void FunctionLowering::lowerReturn(ast::Return *s) {
  Instruction *v = s->value ? lowerExpr(s->value) : none();
  v = owned(v);
  bool needsUnwind = false;
  for (const FBlock &f : fblocks)
    if (f.kind != FBlock::Loop || f.iterSlot >= 0) needsUnwind = true;
  if (needsUnwind) {
    uint32_t slot = fn->addSlot(SlotKind::Hidden, "retval");
    moveToTemp(slot, v);
    unwindFBlocks(0, true);
    if (b.terminated()) return;
    v = takeTemp(slot);
  }
  b.untrack(v);
  b.emit(Op::Return, {v});
}

void FunctionLowering::lowerRaise(ast::Raise *s) {
  std::vector<Instruction *> base = b.live;
  if (!s->exc) {
    b.emit(Op::Reraise);
  } else {
    Instruction *e = lowerExpr(s->exc);
    if (s->cause) {
      Instruction *c = lowerExpr(s->cause);
      LocScope ls(*this, s);
      b.emit(Op::RaiseFrom, {e, c});
    } else {
      LocScope ls(*this, s);
      b.emit(Op::Raise, {e});
    }
  }
  b.live = base;
  b.emit(Op::Unreachable);
}

void FunctionLowering::lowerAssert(ast::Assert *s) {
  BasicBlock *ok = fn->newBlock("assert.ok"), *fail = fn->newBlock("assert.fail");
  lowerCondBr(s->test, ok, fail);
  b.setBlock(fail);
  Instruction *m = s->msg ? lowerExpr(s->msg) : constExpr("MOLT_UNBOUND");
  {
    LocScope ls(*this, s);
    b.emit(Op::RaiseAssert, {m});
  }
  b.live.clear();
  b.emit(Op::Unreachable);
  b.setBlock(ok);
}

void FunctionLowering::lowerTry(ast::Try *s) {
  if (s->finalbody.empty()) {
    lowerTryExcept(s);
    return;
  }
  BasicBlock *saved = b.unwind;
  BasicBlock *fexc = fn->newBlock("finally.exc");
  BasicBlock *end = fn->newBlock("finally.end");
  FBlock fb;
  fb.kind = FBlock::Finally;
  fb.finalbody = &s->finalbody;
  fb.outerUnwind = saved;
  fblocks.push_back(fb);
  b.unwind = fexc;
  lowerTryExcept(s);
  fblocks.pop_back();
  b.unwind = saved;
  if (!b.terminated()) {
    lowerBody(s->finalbody);
    if (!b.terminated()) b.br(end);
  }
  // Exceptional path: run the finally body with the exception saved, then re-raise.
  b.setBlock(fexc);
  b.live.clear();
  uint32_t excSlot = fn->addSlot(SlotKind::Hidden, "finally.exc");
  Instruction *exc = b.track(b.emit(Op::FetchExc));
  b.emit(Op::PushHandled, {exc});
  moveToTemp(excSlot, exc);
  BasicBlock *cleanup = fn->newBlock("finally.cleanup");
  FBlock hb;
  hb.kind = FBlock::Handler;
  hb.excSlot = excSlot;
  hb.outerUnwind = saved;
  fblocks.push_back(hb);
  b.unwind = cleanup;
  lowerBody(s->finalbody);
  fblocks.pop_back();
  b.unwind = saved;
  if (!b.terminated()) {
    b.emit(Op::RestoreExc, {b.emit(Op::PeekSlot, {}, excSlot)});
    b.emit(Op::PopHandled);
    b.emit(Op::ClearLocal, {}, excSlot);
    Instruction *u = b.emit(Op::Unwind);
    u->unwind = saved;
  }
  b.setBlock(cleanup);
  b.live.clear();
  b.emit(Op::PopHandled);
  b.emit(Op::ClearLocal, {}, excSlot);
  Instruction *u = b.emit(Op::Unwind);
  u->unwind = saved;
  b.setBlock(end);
}

void FunctionLowering::lowerTryExcept(ast::Try *s) {
  if (s->handlers.empty()) {
    lowerBody(s->body);
    return;
  }
  BasicBlock *saved = b.unwind;
  BasicBlock *hdl = fn->newBlock("except");
  BasicBlock *end = fn->newBlock("try.end");
  b.unwind = hdl;
  lowerBody(s->body);
  b.unwind = saved;
  if (!b.terminated()) {
    lowerBody(s->orelse);
    if (!b.terminated()) b.br(end);
  }
  b.setBlock(hdl);
  b.live.clear();
  uint32_t excSlot = fn->addSlot(SlotKind::Hidden, "except.exc");
  Instruction *exc = b.track(b.emit(Op::FetchExc));
  b.emit(Op::PushHandled, {exc});
  moveToTemp(excSlot, exc);
  // Exceptions while matching or in a handler body: pop the handled exception and propagate.
  BasicBlock *cleanup = fn->newBlock("except.cleanup");
  for (ast::excepthandler *eh : s->handlers) {
    auto *h = static_cast<ast::ExceptHandler *>(eh);
    LocScope ls(*this, h);
    BasicBlock *body = fn->newBlock("except.body");
    BasicBlock *next = fn->newBlock("except.next");
    if (h->type) {
      b.unwind = cleanup;
      Instruction *t = lowerExpr(h->type);
      LocScope ls2(*this, h->type);
      Instruction *m = b.emit(Op::ExcMatches, {b.emit(Op::PeekSlot, {}, excSlot), t});
      b.release(t);
      b.condBr(m, body, next);
    } else {
      b.br(body);
    }
    b.setBlock(body);
    b.live.clear();
    BasicBlock *hclean = cleanup;
    std::string name = h->name.data() ? std::string(h->name) : std::string();
    if (!name.empty()) {
      storeName(name, b.emit(Op::PeekSlot, {}, excSlot));
      hclean = fn->newBlock("except.name.cleanup");
    }
    FBlock hb;
    hb.kind = FBlock::Handler;
    hb.excSlot = excSlot;
    hb.outerUnwind = saved;
    if (!name.empty()) {
      hb.nameNode = h;
      hb.excName = name;
    }
    fblocks.push_back(hb);
    b.unwind = hclean;
    lowerBody(h->body);
    fblocks.pop_back();
    b.unwind = saved;
    if (!b.terminated()) {
      b.emit(Op::PopHandled);
      b.emit(Op::ClearLocal, {}, excSlot);
      if (!name.empty()) unbindName(name);
      b.br(end);
    }
    if (!name.empty()) {
      // Exception inside the handler body: unbind the name, then the shared cleanup.
      b.setBlock(hclean);
      b.live.clear();
      b.unwind = cleanup;
      Instruction *fetched = b.track(b.emit(Op::FetchExc));
      uint32_t tmp = fn->addSlot(SlotKind::Hidden, "except.pending");
      moveToTemp(tmp, fetched);
      unbindName(name);
      b.emit(Op::RestoreExc, {b.emit(Op::PeekSlot, {}, tmp)});
      b.emit(Op::ClearLocal, {}, tmp);
      b.br(cleanup);
      b.unwind = saved;
    }
    b.setBlock(next);
    b.live.clear();
    if (!h->type) break;
  }
  if (!b.terminated()) {
    // No clause matched: re-raise the exception.
    b.emit(Op::RestoreExc, {b.emit(Op::PeekSlot, {}, excSlot)});
    b.emit(Op::PopHandled);
    b.emit(Op::ClearLocal, {}, excSlot);
    Instruction *u = b.emit(Op::Unwind);
    u->unwind = saved;
  }
  b.setBlock(cleanup);
  b.live.clear();
  b.emit(Op::PopHandled);
  b.emit(Op::ClearLocal, {}, excSlot);
  Instruction *u = b.emit(Op::Unwind);
  u->unwind = saved;
  b.setBlock(end);
}

void FunctionLowering::lowerWith(ast::With *s, size_t idx) {
  ast::withitem *item = s->items[idx];
  Instruction *mgr = lowerExpr(item->context_expr);
  LocScope ls(*this, s);
  uint32_t exitSlot = fn->addSlot(SlotKind::Hidden, "with.exit");
  // __enter__/__exit__ are special methods: looked up on the type, with
  // CPython's "does not support the context manager protocol" TypeErrors.
  Instruction *res = b.track(b.emit(Op::WithEnter, {mgr}, exitSlot));
  b.release(mgr);
  BasicBlock *saved = b.unwind;
  BasicBlock *wexc = fn->newBlock("with.exc");
  BasicBlock *end = fn->newBlock("with.end");
  FBlock fb;
  fb.kind = FBlock::With;
  fb.exitSlot = exitSlot;
  fb.outerUnwind = saved;
  fblocks.push_back(fb);
  b.unwind = wexc;
  if (item->optional_vars) lowerAssignTo(item->optional_vars, res);
  b.release(res);
  if (idx + 1 < s->items.size)
    lowerWith(s, idx + 1);
  else
    lowerBody(s->body);
  fblocks.pop_back();
  b.unwind = saved;
  b.loc = locOf(s);
  if (!b.terminated()) {
    b.live.clear();
    Instruction *ex = b.emit(Op::PeekSlot, {}, exitSlot);
    Instruction *nn = none();
    Instruction *r = b.emit(Op::Call, {ex, nn, nn, nn});
    b.release(b.track(r));
    b.emit(Op::ClearLocal, {}, exitSlot);
    b.br(end);
  }
  // Exceptional exit: __exit__(type, value, traceback); a true result suppresses.
  b.setBlock(wexc);
  b.live.clear();
  uint32_t excSlot = fn->addSlot(SlotKind::Hidden, "with.exc");
  Instruction *exc = b.track(b.emit(Op::FetchExc));
  b.emit(Op::PushHandled, {exc});
  moveToTemp(excSlot, exc);
  BasicBlock *cleanup = fn->newBlock("with.cleanup");
  b.unwind = cleanup;
  Instruction *e = b.emit(Op::PeekSlot, {}, excSlot);
  Instruction *ex = b.emit(Op::PeekSlot, {}, exitSlot);
  Instruction *r = b.track(b.emit(Op::WithExitExc, {ex, e}));
  Instruction *c = b.emit(Op::Truthy, {r});
  b.release(r);
  BasicBlock *suppress = fn->newBlock("with.suppress"), *reraise = fn->newBlock("with.reraise");
  b.condBr(c, suppress, reraise);
  b.unwind = saved;
  b.setBlock(suppress);
  b.emit(Op::PopHandled);
  b.emit(Op::ClearLocal, {}, excSlot);
  b.emit(Op::ClearLocal, {}, exitSlot);
  b.br(end);
  b.setBlock(reraise);
  b.emit(Op::RestoreExc, {b.emit(Op::PeekSlot, {}, excSlot)});
  b.emit(Op::PopHandled);
  b.emit(Op::ClearLocal, {}, excSlot);
  b.emit(Op::ClearLocal, {}, exitSlot);
  Instruction *u = b.emit(Op::Unwind);
  u->unwind = saved;
  b.setBlock(cleanup);
  b.live.clear();
  b.emit(Op::PopHandled);
  b.emit(Op::ClearLocal, {}, excSlot);
  b.emit(Op::ClearLocal, {}, exitSlot);
  Instruction *u2 = b.emit(Op::Unwind);
  u2->unwind = saved;
  b.setBlock(end);
}

// `async for`: __aiter__ once, then each step awaits __anext__(); a
// StopAsyncIteration from that await ends the loop (the else clause runs).
void FunctionLowering::lowerAsyncFor(ast::AsyncFor *s) {
  Instruction *src = lowerExpr(s->iter);
  Instruction *ai;
  {
    LocScope ls(*this, s->iter);
    ai = b.emit(Op::AIter, {src});
  }
  b.release(src);
  b.track(ai);
  uint32_t slot = fn->addSlot(SlotKind::Hidden, "afor.iter");
  moveToTemp(slot, ai);
  BasicBlock *head = fn->newBlock("afor.head"), *body = fn->newBlock("afor.body"),
             *orelse = fn->newBlock("afor.else"), *end = fn->newBlock("afor.end");
  BasicBlock *outer = b.unwind, *pad = fn->newBlock("afor.unwind");
  b.unwind = pad;
  b.br(head);
  b.setBlock(head);
  b.live.clear();
  Instruction *v = lowerAsyncNext(b.emit(Op::PeekSlot, {}, slot), s->iter, orelse);
  b.br(body);
  b.setBlock(body);
  lowerLoopRest(LoopBlocks{head, orelse, end, pad, outer}, slot, s->target, v, s->body, s->orelse);
}

// `async with`: lowerWith with __aenter__/__aexit__ and their results awaited.
void FunctionLowering::lowerAsyncWith(ast::AsyncWith *s, size_t idx) {
  ast::withitem *item = s->items[idx];
  Instruction *mgr = lowerExpr(item->context_expr);
  LocScope ls(*this, s);
  uint32_t exitSlot = fn->addSlot(SlotKind::Hidden, "with.exit");
  Instruction *r0 = b.track(b.emit(Op::AsyncWithEnter, {mgr}, exitSlot));
  b.release(mgr);
  Instruction *res = lowerAwait(r0, s, 1);
  BasicBlock *saved = b.unwind;
  BasicBlock *wexc = fn->newBlock("with.exc");
  BasicBlock *end = fn->newBlock("with.end");
  FBlock fb;
  fb.kind = FBlock::With;
  fb.exitSlot = exitSlot;
  fb.isAsync = true;
  fb.outerUnwind = saved;
  fblocks.push_back(fb);
  b.unwind = wexc;
  if (item->optional_vars) lowerAssignTo(item->optional_vars, res);
  b.release(res);
  if (idx + 1 < s->items.size)
    lowerAsyncWith(s, idx + 1);
  else
    lowerBody(s->body);
  fblocks.pop_back();
  b.unwind = saved;
  b.loc = locOf(s);
  if (!b.terminated()) {
    b.live.clear();
    Instruction *ex = b.emit(Op::PeekSlot, {}, exitSlot);
    Instruction *nn = none();
    Instruction *r = b.track(b.emit(Op::Call, {ex, nn, nn, nn}));
    b.release(lowerAwait(r, s, 2));
    b.emit(Op::ClearLocal, {}, exitSlot);
    b.br(end);
  }
  // Exceptional exit: await __aexit__(type, value, traceback); a true result suppresses.
  b.setBlock(wexc);
  b.live.clear();
  uint32_t excSlot = fn->addSlot(SlotKind::Hidden, "with.exc");
  Instruction *exc = b.track(b.emit(Op::FetchExc));
  b.emit(Op::PushHandled, {exc});
  moveToTemp(excSlot, exc);
  BasicBlock *cleanup = fn->newBlock("with.cleanup");
  b.unwind = cleanup;
  Instruction *e = b.emit(Op::PeekSlot, {}, excSlot);
  Instruction *ex = b.emit(Op::PeekSlot, {}, exitSlot);
  Instruction *r = b.track(b.emit(Op::WithExitExc, {ex, e}));
  r = lowerAwait(r, s, 2);
  Instruction *c = b.emit(Op::Truthy, {r});
  b.release(r);
  BasicBlock *suppress = fn->newBlock("with.suppress"), *reraise = fn->newBlock("with.reraise");
  b.condBr(c, suppress, reraise);
  b.unwind = saved;
  b.setBlock(suppress);
  b.emit(Op::PopHandled);
  b.emit(Op::ClearLocal, {}, excSlot);
  b.emit(Op::ClearLocal, {}, exitSlot);
  b.br(end);
  b.setBlock(reraise);
  b.emit(Op::RestoreExc, {b.emit(Op::PeekSlot, {}, excSlot)});
  b.emit(Op::PopHandled);
  b.emit(Op::ClearLocal, {}, excSlot);
  b.emit(Op::ClearLocal, {}, exitSlot);
  Instruction *u = b.emit(Op::Unwind);
  u->unwind = saved;
  b.setBlock(cleanup);
  b.live.clear();
  b.emit(Op::PopHandled);
  b.emit(Op::ClearLocal, {}, excSlot);
  b.emit(Op::ClearLocal, {}, exitSlot);
  Instruction *u2 = b.emit(Op::Unwind);
  u2->unwind = saved;
  b.setBlock(end);
}

void FunctionLowering::lowerFunctionDef(ast::FunctionDef *s) {
  Instruction *f = lowerMakeFunction(s, s->args, ml.scopeOf(s));
  LocScope ls(*this, s);
  storeName(std::string(s->name), f);
  b.release(f);
}

namespace {
/// Module import result for one dotted module name.
Instruction *importModule(FunctionLowering &fl, const std::string &name, const ast::Node *at) {
  const sema::ModuleUnit *u = fl.ml.prog.find(name);
  if (!u) {
    if (sema::isBuiltinModule(name) && name != "__future__") {
      // A native standard-library module (runtime/modules/native.cpp).
      if (name == "sys") fl.ml.mod.usesSys = true;
      return fl.b.track(fl.b.emit(Op::ImportNative, {}, 0, -1, name));
    }
    fl.ml.unsupported(at, "import of module '" + name + "'");
    return fl.none();
  }
  Instruction *m =
      fl.b.track(fl.b.emit(Op::Import, {}, 0, -1, "molt_modinfo_" + moduleCName(name)));
  size_t dot = name.rfind('.');
  if (dot != std::string::npos && fl.ml.allModules) {
    // Bind the submodule in its package's namespace.
    auto parent = fl.ml.allModules->find(name.substr(0, dot));
    if (parent != fl.ml.allModules->end()) {
      uint32_t slot = parent->second->globalSlot(name.substr(dot + 1));
      fl.b.emit(Op::StoreModuleGlobal, {m}, 0, -1,
                "molt_globals_" + moduleCName(name.substr(0, dot)) + "[" + std::to_string(slot) +
                    "]");
    }
  }
  return m;
}

/// Imports every package prefix of name (a, a.b, a.b.c); returns the first and last.
std::pair<Instruction *, Instruction *> importChain(FunctionLowering &fl, const std::string &name,
                                                    const ast::Node *at) {
  Instruction *first = nullptr, *last = nullptr;
  size_t pos = 0;
  while (true) {
    size_t dot = name.find('.', pos);
    std::string prefix = name.substr(0, dot);
    if (last && last != first) fl.b.release(last);
    last = importModule(fl, prefix, at);
    if (!first) first = last;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  return {first, last};
}
} // namespace

void FunctionLowering::lowerImport(ast::Import *s) {
  for (ast::alias *a : s->names) {
    LocScope ls(*this, s);
    std::string name(a->name);
    auto [first, last] = importChain(*this, name, s);
    if (a->asname.data()) {
      storeName(std::string(a->asname), last);
    } else {
      storeName(name.substr(0, name.find('.')), first);
    }
    if (last != first) b.release(last);
    b.release(first);
  }
}

void FunctionLowering::lowerImportFrom(ast::ImportFrom *s) {
  std::vector<std::string> resolved;
  if (auto it = ml.unit.imports.find(s); it != ml.unit.imports.end()) resolved = it->second;
  std::string base;
  if (s->level == 0 && s->module.data()) base = std::string(s->module);
  if (base.empty() && !resolved.empty()) {
    std::string first = resolved[0];
    std::string suffix(".");
    suffix += s->names[0]->name;
    if (first.size() > suffix.size() &&
        first.compare(first.size() - suffix.size(), suffix.size(), suffix) == 0 &&
        ml.prog.find(first))
      base = first.substr(0, first.size() - suffix.size());
    else
      base = first;
  }
  if (base.empty()) {
    ml.unsupported(s, "relative import");
    return;
  }
  for (ast::alias *a : s->names)
    if (a->name == "*") {
      ml.unsupported(s, "from ... import *");
      return;
    }
  auto [first, mod] = importChain(*this, base, s);
  if (first != mod) b.release(first);
  for (uint32_t i = 0; i < s->names.size; ++i) {
    ast::alias *a = s->names[i];
    std::string name(a->name);
    std::string bindAs = a->asname.data() ? std::string(a->asname) : name;
    std::string sub = base + "." + name;
    bool isSub = i < resolved.size() ? resolved[i] == sub : ml.prog.find(sub) != nullptr;
    Instruction *v;
    if (isSub) {
      v = importModule(*this, sub, s);
    } else {
      LocScope ls(*this, a);
      const sema::ModuleUnit *mu = ml.prog.find(base);
      std::string msg = "cannot import name '" + name + "' from '" + base + "' (" +
                        (mu ? mu->path : std::string("unknown location")) + ")";
      v = b.track(b.emit(Op::ImportFrom, {mod}, ml.mod.strConst(name), -1, msg));
    }
    storeName(bindAs, v);
    b.release(v);
  }
  b.release(mod);
}

} // namespace molt::lower
