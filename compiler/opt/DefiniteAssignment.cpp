// Definite assignment: a forward "must be bound" dataflow over the local
// slots (intersection at joins, exception edges included). Loads of slots
// bound on every path skip the UnboundLocalError check.
#include <cstdint>
#include <map>
#include <vector>

#include "opt/Passes.h"

namespace molt::opt {

using namespace molt::ir;

namespace {

using Bits = std::vector<bool>;

// Applies i's effect on the set of bound slots.
void transfer(const Instruction &i, Bits &bound) {
  switch (i.op) {
  case Op::StoreLocal:
  case Op::StoreLocalMove:
  case Op::StoreLocalParam:
  case Op::MoveToTemp:
    bound[size_t(i.imm)] = true;
    break;
  case Op::DelLocal:
  case Op::ClearLocal:
  case Op::TakeTemp:
    bound[size_t(i.imm)] = false;
    break;
  default:
    break;
  }
}

void meet(Bits &into, const Bits &from, char &first) {
  if (first) {
    into = from;
    first = false;
    return;
  }
  for (size_t s = 0; s < into.size(); ++s)
    into[s] = into[s] && from[s];
}

} // namespace

void definiteAssignment(Function &f) {
  size_t nslots = f.slots.size();
  if (f.blocks.empty() || nslots == 0) return;
  std::map<const BasicBlock *, size_t> index;
  for (size_t i = 0; i < f.blocks.size(); ++i)
    index[f.blocks[i].get()] = i;
  size_t nb = f.blocks.size();
  // in-states; "top" (all bound) until a predecessor reaches the block.
  std::vector<Bits> in(nb, Bits(nslots, true));
  std::vector<bool> reached(nb, false);
  in[0] = Bits(nslots, false);
  reached[0] = true;
  // Iterate to a fixed point (blocks in order; loops converge in a few rounds).
  bool changed = true;
  while (changed) {
    changed = false;
    std::vector<char> first(nb, 1);
    std::vector<Bits> next(nb);
    next[0] = Bits(nslots, false);
    first[0] = 0;
    for (size_t bi = 0; bi < nb; ++bi) {
      if (!reached[bi]) continue;
      Bits state = in[bi];
      for (auto &ip : f.blocks[bi]->insts) {
        const Instruction &i = *ip;
        if (i.mayFail() && i.unwind) {
          size_t t = index[i.unwind];
          meet(next[t], state, first[t]);
        }
        if (i.op == Op::Br || i.op == Op::CondBr || i.op == Op::BrIfStop) {
          int nt = i.op == Op::Br ? 1 : 2;
          for (int t = 0; t < nt; ++t) {
            size_t ti = index[i.targets[t]];
            meet(next[ti], state, first[ti]);
          }
        }
        transfer(i, state);
      }
    }
    for (size_t bi = 1; bi < nb; ++bi) {
      if (first[bi]) continue; // not reached (yet)
      if (!reached[bi] || next[bi] != in[bi]) {
        in[bi] = next[bi];
        reached[bi] = true;
        changed = true;
      }
    }
  }
  for (size_t bi = 0; bi < nb; ++bi) {
    if (!reached[bi]) continue;
    Bits state = in[bi];
    for (auto &ip : f.blocks[bi]->insts) {
      Instruction &i = *ip;
      if ((i.op == Op::LoadLocal || i.op == Op::LoadLocalFree) && state[size_t(i.imm)]) {
        i.op = Op::LoadLocalBound;
        i.unwind = nullptr;
        i.cleanup.clear();
      }
      transfer(i, state);
    }
  }
}

} // namespace molt::opt
