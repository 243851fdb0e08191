// The optimization pipeline: the order matters (definite assignment first so
// borrowed loads of bound slots need no check at all; int arithmetic is
// fused last, once loads are pure reads).
#include "opt/Passes.h"

namespace molt::opt {

void optimizeModule(ir::Module &m) {
  for (auto &f : m.functions) {
    definiteAssignment(*f);
    storeMoves(*f);
    borrowLocalLoads(*f);
    borrowParams(*f);
    fuseIntArith(*f);
  }
}

} // namespace molt::opt
