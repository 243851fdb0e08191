// Optimization passes over Molt IR, one pass per file (as Static Hermes
// does). Each pass keeps the IR valid for the verifier and the C generator:
// reference counting stays balanced on every path, including exception edges.
#pragma once

#include "ir/IR.h"

namespace molt::opt {

/// Runs the standard pipeline on every function of m.
void optimizeModule(ir::Module &m);

/// LoadLocal of a slot that is bound on every path to it becomes
/// LoadLocalBound (no UnboundLocalError check). DefiniteAssignment.cpp.
void definiteAssignment(ir::Function &f);

/// `StoreLocal s, v` immediately followed by `Decref v` (v owned) becomes
/// StoreLocalMove: the slot takes v's reference. StoreMove.cpp.
void storeMoves(ir::Function &f);

/// A local's owned load whose uses all sit in its block before its Decref,
/// with no write to the slot in between, becomes a borrowed load (no
/// incref/decref pair). BorrowLocals.cpp.
void borrowLocalLoads(ir::Function &f);

/// A parameter's local slot that nothing but its initial store writes
/// holds the caller's (borrowed) reference: no incref on entry, no release
/// at exit (the caller keeps its arguments alive for the call). Plain
/// functions only: a generator frame outlives the call. BorrowParams.cpp.
void borrowParams(ir::Function &f);

/// A tree of int arithmetic operators with single-use inner results becomes
/// one IntExpr (int64 arithmetic when the leaves are small ints; no heap
/// ints for intermediates beyond the small range). FuseIntArith.cpp.
void fuseIntArith(ir::Function &f);

/// The slots instruction i may write (at most two, into out); their count.
int slotWrites(const ir::Instruction &i, int64_t out[2]);

} // namespace molt::opt
