// IRBuilder: appends instructions to a block, attaching the current source
// location, exception edge and the owned temporaries live at each MayFail
// instruction (released on its error edge).
#pragma once

#include <algorithm>

#include "ir/IR.h"

namespace molt::ir {

/// Builds instructions into a function.
class IRBuilder {
public:
  explicit IRBuilder(Function *f) : fn_(f) {}

  Function *function() const { return fn_; }
  BasicBlock *block() const { return bb_; }
  /// Moves the insertion point to the end of b.
  void setBlock(BasicBlock *b) { bb_ = b; }
  /// True if the current block already ends in a terminator (dead code follows).
  bool terminated() const { return !bb_ || bb_->terminator() != nullptr; }

  SrcLoc loc;                  ///< location given to new instructions
  BasicBlock *unwind = nullptr;///< exception edge for new MayFail instructions
  std::vector<Instruction *> live;  ///< owned temporaries currently alive

  /// Appends an instruction of kind op.
  Instruction *emit(Op op, std::vector<Instruction *> operands = {}, int64_t imm = 0,
                    int64_t imm2 = -1, std::string str = {});
  /// Registers an owned result as live (no-op for non-owned values).
  Instruction *track(Instruction *v) {
    if (v && v->isOwned()) live.push_back(v);
    return v;
  }
  /// Forgets v as live without releasing it (ownership moved elsewhere).
  void untrack(Instruction *v) {
    auto it = std::find(live.rbegin(), live.rend(), v);
    if (it != live.rend()) live.erase(std::next(it).base());
  }
  /// Releases v if owned (emits Decref) and forgets it.
  void release(Instruction *v) {
    if (v && v->isOwned()) {
      untrack(v);
      emit(Op::Decref, {v});
    }
  }
  /// Terminators.
  void br(BasicBlock *t);
  void condBr(Instruction *c, BasicBlock *t, BasicBlock *f);

private:
  Function *fn_;
  BasicBlock *bb_ = nullptr;
};

}  // namespace molt::ir
