// Store-move: `StoreLocal s, v; Decref v` with v an owned temporary stores
// v's reference into the slot instead of taking a new one and dropping the
// old (saves an incref/decref pair per assignment of a computed value).
#include <vector>

#include "opt/Passes.h"

namespace molt::opt {

using namespace molt::ir;

void storeMoves(Function &f) {
  for (auto &b : f.blocks) {
    auto &insts = b->insts;
    std::vector<std::unique_ptr<Instruction>> out;
    out.reserve(insts.size());
    for (size_t k = 0; k < insts.size(); ++k) {
      Instruction *s = insts[k].get();
      if (s->op == Op::StoreLocal && k + 1 < insts.size()) {
        Instruction *v = s->operands[0];
        Instruction *d = insts[k + 1].get();
        if (v->isOwned() && d->op == Op::Decref && d->operands[0] == v) {
          s->op = Op::StoreLocalMove;
          out.push_back(std::move(insts[k]));
          ++k; // drop the Decref: the slot owns v now
          continue;
        }
      }
      out.push_back(std::move(insts[k]));
    }
    insts = std::move(out);
  }
}

} // namespace molt::opt
