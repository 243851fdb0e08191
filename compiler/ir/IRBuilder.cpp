// IR data structure helpers and the instruction builder.
#include "ir/IRBuilder.h"

#include <cmath>

namespace molt::ir {

namespace {
constexpr OpInfo kOps[] = {
#define IR_OP(Name, N, T, F, C) {#Name, N, Type::T, static_cast<uint32_t>(F), C},
#include "ir/IR.def"
};
}  // namespace

const OpInfo &opInfo(Op op) { return kOps[static_cast<size_t>(op)]; }

const char *typeName(Type t) {
  switch (t) {
  case Type::Void: return "void";
  case Type::Value: return "value";
  case Type::I64: return "i64";
  case Type::F64: return "f64";
  case Type::Bool: return "bool";
  case Type::CInt: return "cint";
  }
  return "?";
}

BasicBlock *Function::newBlock(std::string label) {
  auto b = std::make_unique<BasicBlock>();
  b->id = nextBlockId++;
  b->label = std::move(label);
  b->parent = this;
  blocks.push_back(std::move(b));
  return blocks.back().get();
}

uint32_t Function::addSlot(SlotKind kind, std::string n) {
  slots.push_back({kind, std::move(n)});
  return static_cast<uint32_t>(slots.size() - 1);
}

uint32_t Module::globalSlot(const std::string &n) {
  for (size_t i = 0; i < globals.size(); ++i)
    if (globals[i] == n) return static_cast<uint32_t>(i);
  globals.push_back(n);
  return static_cast<uint32_t>(globals.size() - 1);
}

uint32_t Module::strConst(const std::string &s) {
  Constant c;
  c.kind = Constant::Kind::Str;
  c.text = s;
  return addConst(c);
}

uint32_t Module::addConst(const Constant &c) {
  for (size_t i = 0; i < constants.size(); ++i) {
    const Constant &o = constants[i];
    if (o.kind == c.kind && o.text == c.text && o.items == c.items &&
        (c.kind != Constant::Kind::Complex ||
         (std::signbit(o.re) == std::signbit(c.re) && std::signbit(o.im) == std::signbit(c.im) &&
          o.re == c.re && o.im == c.im)))
      return static_cast<uint32_t>(i);
  }
  constants.push_back(c);
  return static_cast<uint32_t>(constants.size() - 1);
}

Instruction *IRBuilder::emit(Op op, std::vector<Instruction *> operands, int64_t imm, int64_t imm2,
                             std::string str) {
  auto ins = std::make_unique<Instruction>();
  ins->op = op;
  ins->type = opInfo(op).type;
  ins->operands = std::move(operands);
  ins->imm = imm;
  ins->imm2 = imm2;
  ins->str = std::move(str);
  ins->loc = loc;
  ins->parent = bb_;
  if (ins->type != Type::Void) ins->id = fn_->nextValueId++;
  if (ins->mayFail()) {
    ins->unwind = unwind;
    ins->cleanup = live;
  }
  Instruction *p = ins.get();
  bb_->insts.push_back(std::move(ins));
  return p;
}

void IRBuilder::br(BasicBlock *t) {
  Instruction *i = emit(Op::Br);
  i->targets[0] = t;
}

void IRBuilder::condBr(Instruction *c, BasicBlock *t, BasicBlock *f) {
  Instruction *i = emit(Op::CondBr, {c});
  i->targets[0] = t;
  i->targets[1] = f;
}

}  // namespace molt::ir
