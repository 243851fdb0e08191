// Fused arithmetic. A tree of binary arithmetic operators whose
// inner results are single-use temporaries, e.g. `(x * 1103515245 + 12345)
// % 2147483648`, becomes one IntExpr instruction. Its C helper evaluates the
// whole tree in int64_t when every leaf is a small int and nothing
// overflows, boxing only the result; otherwise it runs the original
// operators one by one. Without it, an intermediate beyond the 48-bit
// small-int range (the product above) is a heap bigint allocated, dispatched
// on and freed at every evaluation. Trees of + - * / also get a path on
// doubles when every leaf is a float (no boxing of intermediates).
//
// Only the evaluation of the inner operators moves (to the root's place),
// so every instruction between the first operator of the tree and its root
// must be a pure read that neither fails nor has an effect an operator could
// observe or change: constants, parameters, local slot reads. The leaves
// keep their own instructions and order.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "opt/Passes.h"

namespace molt::opt {

using namespace molt::ir;

namespace {

/// The operators IntExpr evaluates (LowerExpr.cpp's C functions): whether
/// its int64 path and its double path (+ - * / only) know each.
struct FusableOp {
  const char *fn;
  bool onInt, onFloat;
};
const FusableOp kFusable[] = {
    {"molt_op_add", true, true},       {"mlt_iadd", true, true},
    {"molt_op_sub", true, true},       {"mlt_isub", true, true},
    {"molt_op_mul", true, true},       {"mlt_imul", true, true},
    {"molt_op_truediv", false, true},  {"molt_itruediv", false, true},
    {"molt_op_mod", true, false},      {"molt_imod", true, false},
    {"molt_op_floordiv", true, false}, {"molt_ifloordiv", true, false},
    {"molt_op_and", true, false},      {"molt_iand", true, false},
    {"molt_op_or", true, false},       {"molt_ior", true, false},
    {"molt_op_xor", true, false},      {"molt_ixor", true, false},
    {"molt_lshift", true, false},      {"molt_ilshift", true, false},
    {"molt_rshift", true, false},      {"molt_irshift", true, false},
};

const FusableOp *fusable(const Instruction &i) {
  if (i.op != Op::Binary) return nullptr;
  for (const FusableOp &f : kFusable)
    if (i.str == f.fn) return &f;
  return nullptr;
}

bool fusableOp(const Instruction &i) { return fusable(i) != nullptr; }

/// Reads that cannot fail and that no operator can change or observe.
bool pureRead(const Instruction &i) {
  switch (i.op) {
  case Op::Const:
  case Op::Param:
  case Op::PeekSlot:
  case Op::LoadLocalBound:
  case Op::NewRef:
    return true;
  default:
    return false;
  }
}

struct Uses {
  std::map<const Instruction *, int> operandUses;            ///< uses as an operand
  std::map<const Instruction *, const Instruction *> decref; ///< its (only) Decref
  std::map<const Instruction *, int> decrefs;                ///< number of Decrefs
  std::map<const Instruction *, std::vector<const Instruction *>> inCleanup;
};

Uses countUses(const Function &f) {
  Uses u;
  for (const auto &b : f.blocks)
    for (const auto &i : b->insts) {
      for (const Instruction *o : i->operands) {
        ++u.operandUses[o];
        if (i->op == Op::Decref) {
          ++u.decrefs[o];
          u.decref[o] = i.get();
        }
      }
      for (const Instruction *c : i->cleanup)
        u.inCleanup[c].push_back(i.get());
    }
  return u;
}

/// A tree being grown from its root.
struct Tree {
  std::vector<Instruction *> ops;          ///< member operators, root last after sorting
  std::set<const Instruction *> inner;     ///< results consumed inside the tree
  std::set<const Instruction *> innerDecs; ///< the Decrefs of those results
};

class Fuser {
public:
  Fuser(Function &f) : f_(f), uses_(countUses(f)) {}

  void run() {
    for (auto &b : f_.blocks)
      fuseBlock(*b);
  }

private:
  Function &f_;
  Uses uses_;
  std::map<const Instruction *, size_t> pos_; ///< index of each instruction in its block

  /// Whether operand o of a tree operator can join the tree as an inner node.
  bool canAbsorb(const Instruction *o, const Instruction *consumer, const BasicBlock &b) {
    if (o->parent != &b || !fusableOp(*o) || o->unwind != consumer->unwind) return false;
    if (uses_.operandUses[o] != 2 || uses_.decrefs[o] != 1) return false; // consumer + Decref
    const Instruction *d = uses_.decref[o];
    if (d->parent != &b || pos_[d] < pos_[consumer]) return false;
    // Released on the consumer's exception edge only (the tree releases it itself).
    for (const Instruction *c : uses_.inCleanup[o])
      if (c != consumer) return false;
    return true;
  }

  void grow(Instruction *op, Tree &t, const BasicBlock &b) {
    t.ops.push_back(op);
    for (Instruction *o : op->operands) {
      if (!canAbsorb(o, op, b) || t.inner.count(o)) continue;
      t.inner.insert(o);
      t.innerDecs.insert(uses_.decref[o]);
      grow(o, t, b);
    }
  }

  void fuseBlock(BasicBlock &b) {
    pos_.clear();
    for (size_t k = 0; k < b.insts.size(); ++k)
      pos_[b.insts[k].get()] = k;
    std::set<const Instruction *> removed;
    // From the end, so that each tree is rooted at its outermost operator.
    for (size_t k = b.insts.size(); k-- > 0;) {
      Instruction *root = b.insts[k].get();
      if (removed.count(root) || !fusableOp(*root)) continue;
      Tree t;
      grow(root, t, b);
      if (t.ops.size() < 2) continue;
      // A tree neither fast path can evaluate would gain nothing.
      bool onInt = true, onFloat = true;
      for (const Instruction *op : t.ops) {
        onInt = onInt && fusable(*op)->onInt;
        onFloat = onFloat && fusable(*op)->onFloat;
      }
      if (!onInt && !onFloat) continue;
      std::sort(t.ops.begin(), t.ops.end(),
                [&](const Instruction *x, const Instruction *y) { return pos_[x] < pos_[y]; });
      if (!movable(b, t, root)) continue;
      rewrite(t, root);
      for (const Instruction *i : t.ops)
        if (i != root) removed.insert(i);
      for (const Instruction *d : t.innerDecs)
        removed.insert(d);
    }
    if (removed.empty()) return;
    std::vector<std::unique_ptr<Instruction>> out;
    out.reserve(b.insts.size());
    for (auto &i : b.insts)
      if (!removed.count(i.get())) out.push_back(std::move(i));
    b.insts = std::move(out);
  }

  /// Everything between the first operator and the root is a tree member, the
  /// Decref of an inner result, or a pure read.
  bool movable(const BasicBlock &b, const Tree &t, const Instruction *root) {
    std::set<const Instruction *> members(t.ops.begin(), t.ops.end());
    for (size_t k = pos_[t.ops.front()]; k < pos_[root]; ++k) {
      const Instruction *i = b.insts[k].get();
      if (members.count(i) || t.innerDecs.count(i) || pureRead(*i)) continue;
      return false;
    }
    return true;
  }

  /// Turns root into the IntExpr of the tree. Its str is the postfix program:
  /// `#n` pushes leaf operand n, an operator token is `fn@line:col:endLine:endCol`
  /// (fn the operator's C function, the position its traceback entry).
  void rewrite(const Tree &t, Instruction *root) {
    std::vector<Instruction *> leaves;
    std::string prog;
    auto emit = [&](auto &self, Instruction *op) -> void {
      for (Instruction *o : op->operands) {
        if (t.inner.count(o)) {
          self(self, o);
        } else {
          prog += '#';
          prog += std::to_string(leaves.size());
          prog += ' ';
          leaves.push_back(o);
        }
      }
      const SrcLoc &l = op->loc;
      prog += op->str;
      const uint32_t pos[4] = {l.line, l.col, l.endLine, l.endCol};
      for (int k = 0; k < 4; ++k) {
        prog += k == 0 ? '@' : ':';
        prog += std::to_string(pos[k]);
      }
      prog += ' ';
    };
    emit(emit, root);
    prog.pop_back();
    // On failure the helper has released its own intermediates; the other
    // temporaries live at any member are live at the root too.
    std::vector<Instruction *> cleanup;
    for (const Instruction *op : t.ops)
      for (Instruction *c : op->cleanup)
        if (!t.inner.count(c) && std::find(cleanup.begin(), cleanup.end(), c) == cleanup.end())
          cleanup.push_back(c);
    root->op = Op::IntExpr;
    root->operands = std::move(leaves);
    root->str = std::move(prog);
    root->cleanup = std::move(cleanup);
  }
};

} // namespace

void fuseIntArith(Function &f) { Fuser(f).run(); }

} // namespace molt::opt
