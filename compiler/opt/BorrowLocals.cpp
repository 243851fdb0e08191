// Borrowed local loads. Lowering gives every read of a local an owned
// reference (LoadLocal = incref, then a Decref after the last use). When the
// load, all its uses and its Decref sit in one block and nothing in between
// writes the slot, the slot's own reference keeps the object alive, so the
// load can borrow: no incref, no Decref, no release on exception edges.
// Instructions that take ownership of an operand (Return, moves into slots)
// keep the owned form.
#include <map>
#include <vector>

#include "opt/Passes.h"

namespace molt::opt {

using namespace molt::ir;

// The slots i may change the content of (at most two); their count.
int slotWrites(const Instruction &i, int64_t out[2]) {
  switch (i.op) {
  case Op::StoreLocal:
  case Op::StoreLocalMove:
  case Op::StoreLocalParam:
  case Op::DelLocal:
  case Op::ClearLocal:
  case Op::MoveToTemp:
  case Op::TakeTemp:
  case Op::MakeCell:
  case Op::MakeEmptyCell:
  case Op::WithEnter:
  case Op::AsyncWithEnter:
  case Op::YieldFromSend:
  case Op::MinMaxStep:
  case Op::MinMaxResult:
    out[0] = i.imm;
    return 1;
  case Op::ForIter:
  case Op::ForNext:
  case Op::ForIdxInit:
  case Op::ForRangeInit:
  case Op::ForRangeNext:
  case Op::SumInit:
  case Op::SumStep:
  case Op::SumResult:
    out[0] = i.imm;
    out[1] = i.imm2;
    return 2;
  default:
    return 0;
  }
}

namespace {

// True if i may change the content of local slot s.
bool writesSlot(const Instruction &i, int64_t s) {
  int64_t w[2];
  int n = slotWrites(i, w);
  for (int k = 0; k < n; ++k)
    if (w[k] == s) return true;
  return false;
}

// True if i takes over the reference of its operands.
bool consumesOperand(const Instruction &i) {
  return i.op == Op::Return || i.op == Op::MoveToTemp || i.op == Op::StoreLocalMove ||
         i.op == Op::Yield;
}

} // namespace

void borrowLocalLoads(Function &f) {
  // Where each value is used: (block, position) of operand and cleanup uses.
  struct Use {
    BasicBlock *block;
    size_t pos;
    bool cleanup;
  };
  std::map<const Instruction *, std::vector<Use>> uses;
  for (auto &b : f.blocks)
    for (size_t k = 0; k < b->insts.size(); ++k) {
      Instruction &i = *b->insts[k];
      for (Instruction *o : i.operands)
        uses[o].push_back({b.get(), k, false});
      for (Instruction *o : i.cleanup)
        uses[o].push_back({b.get(), k, true});
    }
  for (auto &b : f.blocks) {
    auto &insts = b->insts;
    std::vector<bool> drop(insts.size(), false);
    for (size_t k = 0; k < insts.size(); ++k) {
      Instruction &load = *insts[k];
      if (load.op != Op::LoadLocal && load.op != Op::LoadLocalBound) continue;
      auto it = uses.find(&load);
      if (it == uses.end()) continue;
      size_t decrefAt = 0;
      int decrefs = 0;
      bool ok = true;
      for (const Use &u : it->second) {
        if (u.block != b.get() || u.pos <= k) {
          ok = false;
          break;
        }
        const Instruction &user = *insts[u.pos];
        if (!u.cleanup && user.op == Op::Decref) {
          ++decrefs;
          decrefAt = u.pos;
        } else if (!u.cleanup && consumesOperand(user)) {
          ok = false;
          break;
        }
      }
      if (!ok || decrefs != 1) continue;
      for (const Use &u : it->second)
        if (u.pos > decrefAt) ok = false;
      for (size_t j = k + 1; ok && j < decrefAt; ++j)
        if (writesSlot(*insts[j], load.imm)) ok = false;
      if (!ok) continue;
      for (const Use &u : it->second) {
        Instruction &user = *insts[u.pos];
        if (u.cleanup) {
          auto &c = user.cleanup;
          for (size_t x = 0; x < c.size();)
            if (c[x] == &load)
              c.erase(c.begin() + long(x));
            else
              ++x;
        }
      }
      drop[decrefAt] = true;
      load.op = load.op == Op::LoadLocal ? Op::LoadLocalBorrow : Op::PeekSlot;
    }
    std::vector<std::unique_ptr<Instruction>> out;
    out.reserve(insts.size());
    for (size_t k = 0; k < insts.size(); ++k)
      if (!drop[k]) out.push_back(std::move(insts[k]));
    insts = std::move(out);
  }
}

} // namespace molt::opt
