// Borrowed parameters. Lowering stores each parameter into its local slot
// with an incref and releases the slot at exit. Compiled callers of the
// body (direct calls, constructor helpers) hold a reference to every
// argument until the call returns, so a slot that nothing else ever writes
// can keep the caller's reference: the store becomes a plain copy and the
// exit skips the slot. The generic entry, which the runtime calls with
// arguments it may only borrow from a container the callee can mutate,
// takes references around the body call for those parameters (codegen).
// Generator and coroutine frames outlive the call and keep owning theirs.
#include <vector>

#include "opt/Passes.h"

namespace molt::opt {

using namespace molt::ir;

void borrowParams(Function &f) {
  if (f.kind != FuncKind::Function || f.isGenerator) return;
  std::vector<int> writes(f.slots.size(), 0);
  std::vector<Instruction *> paramStore(f.slots.size(), nullptr);
  for (auto &b : f.blocks)
    for (auto &ip : b->insts) {
      int64_t w[2];
      int n = slotWrites(*ip, w);
      for (int k = 0; k < n; ++k) {
        if (w[k] < 0 || size_t(w[k]) >= f.slots.size()) continue;
        ++writes[size_t(w[k])];
        if (ip->op == Op::StoreLocal && ip->operands[0]->op == Op::Param)
          paramStore[size_t(w[k])] = ip.get();
      }
    }
  for (size_t s = 0; s < f.slots.size(); ++s) {
    if (f.slots[s].kind != SlotKind::Local || writes[s] != 1 || !paramStore[s]) continue;
    paramStore[s]->op = Op::StoreLocalParam;
    f.slots[s].borrowed = true;
    int64_t p = paramStore[s]->operands[0]->imm;
    if (p >= 0) {
      if (f.borrowedParams.size() <= size_t(p)) f.borrowedParams.resize(size_t(p) + 1, false);
      f.borrowedParams[size_t(p)] = true;
    }
  }
}

} // namespace molt::opt
