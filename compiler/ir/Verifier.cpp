// IR verifier: structural invariants every pass and the code generator rely on.
#include <set>
#include <string>

#include "ir/IR.h"

namespace molt::ir {

bool verifyFunction(const Function &f, std::vector<std::string> &errors) {
  size_t before = errors.size();
  auto err = [&](const BasicBlock *b, const std::string &m) {
    errors.push_back(f.cname + ": bb" + std::to_string(b ? b->id : 0) + ": " + m);
  };
  std::set<const BasicBlock *> blocks;
  for (auto &b : f.blocks) blocks.insert(b.get());
  std::set<const Instruction *> defined;
  std::set<uint32_t> ids;
  for (auto &b : f.blocks)
    for (auto &i : b->insts) {
      defined.insert(i.get());
      if (i->type != Type::Void && !ids.insert(i->id).second)
        err(b.get(), "value %" + std::to_string(i->id) + " defined twice");
    }
  if (f.blocks.empty()) errors.push_back(f.cname + ": no entry block");
  for (auto &b : f.blocks) {
    if (b->parent != &f) err(b.get(), "block parent mismatch");
    if (!b->terminator()) err(b.get(), "block not terminated");
    for (size_t k = 0; k < b->insts.size(); ++k) {
      const Instruction &i = *b->insts[k];
      const OpInfo &info = i.info();
      if (i.isTerminator() && k + 1 != b->insts.size())
        err(b.get(), std::string("terminator ") + info.name + " in the middle of a block");
      if (info.numOperands >= 0 && static_cast<int>(i.operands.size()) != info.numOperands)
        err(b.get(), std::string(info.name) + ": wrong operand count");
      for (Instruction *o : i.operands) {
        if (!o || !defined.count(o)) {
          err(b.get(), std::string(info.name) + ": operand not defined in this function");
          continue;
        }
        if (o->type == Type::Void && i.op != Op::Extract)
          err(b.get(), std::string(info.name) + ": void operand");
      }
      for (Instruction *o : i.cleanup)
        if (!o || !defined.count(o) || !o->isOwned())
          err(b.get(), std::string(info.name) + ": bad cleanup value");
      if (i.unwind && !blocks.count(i.unwind))
        err(b.get(), std::string(info.name) + ": unwind target outside the function");
      int ntargets = i.op == Op::Br ? 1 : (i.op == Op::CondBr || i.op == Op::BrIfStop) ? 2 : 0;
      for (int t = 0; t < ntargets; ++t)
        if (!i.targets[t] || !blocks.count(i.targets[t]))
          err(b.get(), std::string(info.name) + ": bad branch target");
      if ((i.op == Op::CondBr) && i.operands[0]->type != Type::CInt &&
          i.operands[0]->type != Type::Bool)
        err(b.get(), "condbr on a non-condition value");
      bool slotOp = i.op == Op::LoadLocal || i.op == Op::LoadLocalBound || i.op == Op::LoadLocalFree ||
                    i.op == Op::LoadCellFree ||
                    i.op == Op::LoadLocalBorrow || i.op == Op::StoreLocalMove || i.op == Op::StoreLocal ||
                    i.op == Op::StoreLocalParam ||
                    i.op == Op::DelLocal || i.op == Op::ClearLocal || i.op == Op::MoveToTemp ||
                    i.op == Op::TakeTemp || i.op == Op::MakeCell || i.op == Op::MakeEmptyCell ||
                    i.op == Op::LoadCell || i.op == Op::StoreCell || i.op == Op::DelCell ||
                    i.op == Op::CellOfLocal;
      if (slotOp && (i.imm < 0 || static_cast<size_t>(i.imm) >= f.slots.size()))
        err(b.get(), std::string(info.name) + ": slot out of range");
    }
  }
  return errors.size() == before;
}

}  // namespace molt::ir
