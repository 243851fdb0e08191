// Unit tests for the optimizer passes (compiler/opt): each pass on small
// hand-built IR functions, checking both the rewrite and what must not change.
#include <gtest/gtest.h>

#include "ir/IRBuilder.h"
#include "opt/Passes.h"

using namespace molt::ir;

namespace {

size_t countOp(const Function &f, Op op) {
  size_t n = 0;
  for (auto &b : f.blocks)
    for (auto &i : b->insts)
      n += i->op == op;
  return n;
}

bool valid(const Function &f) {
  std::vector<std::string> errors;
  return verifyFunction(f, errors);
}

// x = param; y = x + x; return y   (slot 0 = x)
std::unique_ptr<Function> straightLine() {
  auto f = std::make_unique<Function>();
  f->cname = "f_straight";
  f->numParams = 1;
  f->addSlot(SlotKind::Local, "x");
  IRBuilder b(f.get());
  b.setBlock(f->newBlock("entry"));
  Instruction *p = b.emit(Op::Param, {}, 0);
  b.emit(Op::StoreLocal, {p}, 0);
  Instruction *a = b.track(b.emit(Op::LoadLocal, {}, 0, -1, "x"));
  Instruction *c = b.track(b.emit(Op::LoadLocal, {}, 0, -1, "x"));
  Instruction *s = b.track(b.emit(Op::Binary, {a, c}, 0, -1, "molt_op_add"));
  b.release(c);
  b.release(a);
  b.untrack(s);
  b.emit(Op::Return, {s});
  return f;
}

} // namespace

TEST(Opt, DefiniteAssignmentRemovesChecksAfterAStore) {
  auto f = straightLine();
  molt::opt::definiteAssignment(*f);
  EXPECT_EQ(countOp(*f, Op::LoadLocal), 0u);
  EXPECT_EQ(countOp(*f, Op::LoadLocalBound), 2u);
  EXPECT_TRUE(valid(*f));
}

TEST(Opt, DefiniteAssignmentKeepsChecksWhenOnePathDoesNotStore) {
  // entry: condbr c, then, join; then: store x; br join; join: load x
  Function f;
  f.cname = "g_branch";
  f.addSlot(SlotKind::Local, "x");
  IRBuilder b(&f);
  BasicBlock *entry = f.newBlock("entry"), *then = f.newBlock("then"), *join = f.newBlock("join");
  b.setBlock(entry);
  Instruction *c = b.emit(Op::Const, {}, 0, -1, "1");
  b.condBr(c, then, join);
  b.setBlock(then);
  b.emit(Op::StoreLocal, {c}, 0);
  b.br(join);
  b.setBlock(join);
  Instruction *x = b.track(b.emit(Op::LoadLocal, {}, 0, -1, "x"));
  b.untrack(x);
  b.emit(Op::Return, {x});
  molt::opt::definiteAssignment(f);
  EXPECT_EQ(countOp(f, Op::LoadLocal), 1u);
  // Deleting the variable makes it unbound again.
  Function g;
  g.cname = "h_del";
  g.addSlot(SlotKind::Local, "x");
  IRBuilder gb(&g);
  gb.setBlock(g.newBlock("entry"));
  Instruction *k = gb.emit(Op::Const, {}, 0, -1, "1");
  gb.emit(Op::StoreLocal, {k}, 0);
  gb.emit(Op::DelLocal, {}, 0, -1, "x");
  Instruction *y = gb.track(gb.emit(Op::LoadLocal, {}, 0, -1, "x"));
  gb.untrack(y);
  gb.emit(Op::Return, {y});
  molt::opt::definiteAssignment(g);
  EXPECT_EQ(countOp(g, Op::LoadLocal), 1u);
}

TEST(Opt, BorrowedLoadsDropTheirIncrefDecrefPair) {
  auto f = straightLine();
  molt::opt::definiteAssignment(*f);
  molt::opt::borrowLocalLoads(*f);
  EXPECT_EQ(countOp(*f, Op::PeekSlot), 2u);
  EXPECT_EQ(countOp(*f, Op::Decref), 0u);
  // The Binary's exception edge no longer releases the borrowed operands.
  for (auto &i : f->blocks[0]->insts) {
    if (i->op == Op::Binary) {
      EXPECT_TRUE(i->cleanup.empty());
    }
  }
  EXPECT_TRUE(valid(*f));
}

TEST(Opt, LoadsThatAreReturnedOrOutliveAStoreStayOwned) {
  // return x: Return takes ownership, so the load must stay owned.
  Function f;
  f.cname = "r_ret";
  f.addSlot(SlotKind::Local, "x");
  IRBuilder b(&f);
  b.setBlock(f.newBlock("entry"));
  Instruction *k = b.emit(Op::Const, {}, 0, -1, "1");
  b.emit(Op::StoreLocal, {k}, 0);
  Instruction *x = b.track(b.emit(Op::LoadLocal, {}, 0, -1, "x"));
  b.untrack(x);
  b.emit(Op::Return, {x});
  molt::opt::borrowLocalLoads(f);
  EXPECT_EQ(countOp(f, Op::LoadLocal), 1u);
  // v = x; x = other; use(v): the store in between could free v.
  Function g;
  g.cname = "s_store";
  g.addSlot(SlotKind::Local, "x");
  IRBuilder gb(&g);
  gb.setBlock(g.newBlock("entry"));
  Instruction *one = gb.emit(Op::Const, {}, 0, -1, "1");
  gb.emit(Op::StoreLocal, {one}, 0);
  Instruction *v = gb.track(gb.emit(Op::LoadLocal, {}, 0, -1, "x"));
  gb.emit(Op::StoreLocal, {one}, 0);
  Instruction *t = gb.track(gb.emit(Op::Unary, {v}, 0, -1, "molt_op_neg"));
  gb.release(v);
  gb.untrack(t);
  gb.emit(Op::Return, {t});
  molt::opt::borrowLocalLoads(g);
  EXPECT_EQ(countOp(g, Op::LoadLocal), 1u);
  EXPECT_EQ(countOp(g, Op::Decref), 1u);
}

TEST(Opt, StoreMoveTakesTheTemporarysReference) {
  Function f;
  f.cname = "m_move";
  f.addSlot(SlotKind::Local, "x");
  IRBuilder b(&f);
  b.setBlock(f.newBlock("entry"));
  Instruction *l = b.track(b.emit(Op::BuildList, {}));
  b.emit(Op::StoreLocal, {l}, 0);
  b.release(l);
  Instruction *n = b.emit(Op::Const, {}, 0, -1, "MOLT_NONE");
  b.emit(Op::Return, {n});
  molt::opt::storeMoves(f);
  EXPECT_EQ(countOp(f, Op::StoreLocalMove), 1u);
  EXPECT_EQ(countOp(f, Op::StoreLocal), 0u);
  EXPECT_EQ(countOp(f, Op::Decref), 0u);
  EXPECT_TRUE(valid(f));
  // A borrowed value (a parameter) is stored with its own new reference.
  auto g = straightLine();
  molt::opt::storeMoves(*g);
  EXPECT_EQ(countOp(*g, Op::StoreLocalMove), 0u);
}

namespace {

// x = param; return (x * 1103515245 + 12345) % 2147483648, with `between`
// emitted after the product (a pure read or a call).
std::unique_ptr<Function> lcgFunction(bool callBetween, bool productUsedTwice) {
  auto f = std::make_unique<Function>();
  f->cname = "f_lcg";
  f->numParams = 1;
  f->addSlot(SlotKind::Local, "x");
  IRBuilder b(f.get());
  b.setBlock(f->newBlock("entry"));
  Instruction *p = b.emit(Op::Param, {}, 0);
  b.emit(Op::StoreLocal, {p}, 0);
  Instruction *x = b.emit(Op::PeekSlot, {}, 0, -1, "x");
  Instruction *a = b.emit(Op::Const, {}, 0, -1, "molt_small_int(INT64_C(1103515245))");
  Instruction *m = b.track(b.emit(Op::Binary, {x, a}, 0, -1, "molt_op_mul"));
  Instruction *c = callBetween ? b.track(b.emit(Op::CallBuiltin, {}, 0, -1, "molt_builtin_input"))
                               : b.emit(Op::Const, {}, 0, -1, "molt_small_int(INT64_C(12345))");
  Instruction *s = b.track(b.emit(Op::Binary, {m, c}, 0, -1, "molt_op_add"));
  if (productUsedTwice) {
    Instruction *t = b.track(b.emit(Op::Binary, {m, m}, 0, -1, "molt_op_add"));
    b.release(t);
  }
  b.release(m);
  if (callBetween) b.release(c);
  Instruction *k = b.emit(Op::Const, {}, 0, -1, "molt_small_int(INT64_C(2147483648))");
  Instruction *r = b.track(b.emit(Op::Binary, {s, k}, 0, -1, "molt_op_mod"));
  b.release(s);
  b.untrack(r);
  b.emit(Op::Return, {r});
  return f;
}

} // namespace

TEST(Opt, FuseIntArithMakesOneIntExprOfATree) {
  auto f = lcgFunction(false, false);
  molt::opt::fuseIntArith(*f);
  EXPECT_EQ(countOp(*f, Op::Binary), 0u);
  EXPECT_EQ(countOp(*f, Op::IntExpr), 1u);
  EXPECT_EQ(countOp(*f, Op::Decref), 0u); // the intermediates' Decrefs went with them
  for (auto &i : f->blocks[0]->insts) {
    if (i->op != Op::IntExpr) continue;
    EXPECT_EQ(i->operands.size(), 4u);
    EXPECT_EQ(i->str, "#0 #1 molt_op_mul@0:0:0:0 #2 molt_op_add@0:0:0:0 #3 molt_op_mod@0:0:0:0");
    EXPECT_TRUE(i->cleanup.empty());
  }
  EXPECT_TRUE(valid(*f));
}

TEST(Opt, FuseIntArithKeepsOperatorsAcrossACallOrASharedResult) {
  // A call (and the Decrefs, which may run __del__) between the product and
  // the sum must still see the product computed before them: nothing moves.
  auto f = lcgFunction(true, false);
  molt::opt::fuseIntArith(*f);
  EXPECT_EQ(countOp(*f, Op::IntExpr), 0u);
  EXPECT_EQ(countOp(*f, Op::Binary), 3u);
  EXPECT_TRUE(valid(*f));
  // A product used twice stays a value of its own (and product + product,
  // between the sum and the modulo, keeps those two apart).
  auto g = lcgFunction(false, true);
  molt::opt::fuseIntArith(*g);
  EXPECT_EQ(countOp(*g, Op::IntExpr), 0u);
  EXPECT_EQ(countOp(*g, Op::Binary), 4u);
  EXPECT_TRUE(valid(*g));
}
