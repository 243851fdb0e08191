// Molt IR: per function a control-flow graph of basic blocks whose
// instructions define SSA temporaries; Python variables are explicit slots
// (LoadLocal/StoreLocal, cells, globals), as LLVM's form before mem2reg.
// Instruction kinds come from IR.def. Reference counting is explicit: every
// Value result is an owned reference unless its kind is NoOwn, operands are
// borrowed, and lowering places Decref after the last use. A MayFail
// instruction carries its exception edge (`unwind`, or the function's error
// exit when null) and the owned temporaries to release on that edge.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace molt::ir {

/// Result types of instructions.
enum class Type : uint8_t { Void, Value, I64, F64, Bool, CInt };

/// Instruction flags (see IR.def).
enum OpFlags : uint32_t {
  MayFail = 1,
  Terminator = 2,
  SideEffects = 4,
  NoOwn = 8,
  NoTb = 16,
  Special = 32,
};

/// Instruction kinds.
enum class Op : uint16_t {
#define IR_OP(Name, N, T, F, C) Name,
#include "ir/IR.def"
};

/// Static description of an instruction kind.
struct OpInfo {
  const char *name;
  int numOperands;  ///< -1: variadic
  Type type;
  uint32_t flags;
  const char *ctemplate;
};

/// The table entry of op.
const OpInfo &opInfo(Op op);
/// The printed name of a type.
const char *typeName(Type t);

struct BasicBlock;
struct Function;

/// Source position of an instruction (CPython convention: 1-based lines, 0-based byte columns).
struct SrcLoc {
  uint32_t line = 0, col = 0, endLine = 0, endCol = 0;
};

/// One instruction; if it has a result it is also the SSA value it defines.
struct Instruction {
  Op op;
  Type type = Type::Void;
  uint32_t id = 0;  ///< value number within its function
  std::vector<Instruction *> operands;
  int64_t imm = 0, imm2 = -1;
  std::string str;
  BasicBlock *targets[2] = {nullptr, nullptr};
  /// Exception edge of a MayFail instruction; null = the function's error exit.
  BasicBlock *unwind = nullptr;
  /// Owned temporaries (not operands' ownership transfer) to release if this instruction fails.
  std::vector<Instruction *> cleanup;
  SrcLoc loc;
  BasicBlock *parent = nullptr;

  const OpInfo &info() const { return opInfo(op); }
  bool hasFlag(uint32_t f) const { return (info().flags & f) != 0; }
  bool isTerminator() const { return hasFlag(Terminator); }
  bool mayFail() const { return hasFlag(MayFail); }
  /// True if the result is an owned reference that must be released.
  bool isOwned() const { return type == Type::Value && !hasFlag(NoOwn); }
};

/// A basic block: a straight-line list of instructions ending in a terminator.
struct BasicBlock {
  uint32_t id = 0;
  std::string label;  ///< a hint for printing ("for.body", ...)
  std::vector<std::unique_ptr<Instruction>> insts;
  Function *parent = nullptr;

  /// The terminator, or nullptr if the block is not terminated yet.
  Instruction *terminator() const {
    return insts.empty() || !insts.back()->isTerminator() ? nullptr : insts.back().get();
  }
};

/// Kinds of variable slots of a function.
enum class SlotKind : uint8_t {
  Local,  ///< a Python local (owned reference or MOLT_UNBOUND), released at exit
  Cell,   ///< holds the cell object of a Cell variable, released at exit
  Hidden, ///< compiler variable holding an owned reference, released at exit
  Temp,   ///< transit variable for merging values (ownership moves through it)
};

/// A variable slot (one C local).
struct Slot {
  SlotKind kind;
  std::string name;  ///< Python name (or a description for hidden slots)
  bool borrowed = false;  ///< holds a borrowed parameter (opt/BorrowParams.cpp): never released
};

/// Kind of a function.
enum class FuncKind : uint8_t { ModuleBody, Function };

/// One compiled function (or module body).
struct Function {
  FuncKind kind = FuncKind::Function;
  std::string cname;     ///< C symbol base ("f3_outer__inner")
  std::string name;      ///< co_name
  std::string qualname;  ///< __qualname__
  uint32_t firstLine = 0;
  uint32_t numParams = 0;  ///< C parameters of the body (after self_fn)
  // Python signature (for MoltFuncInfo and molt_bind_args)
  int32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  bool varargs = false, varkeywords = false;
  std::vector<std::string> argnames;
  bool isGenerator = false; ///< contains yield (or is async): a resumable state machine
  int genKind = 0;          ///< MOLT_KIND_*: 0 generator, 1 coroutine, 2 async generator
  bool hasDoc = false;
  std::string doc;
  /// A class's __init__ whose calls through the class enter the body
  /// directly: codegen emits the constructor helper <cname>_new.
  bool emitNew = false;
  /// Parameters whose slots borrow the caller's reference (opt/BorrowParams.cpp).
  std::vector<bool> borrowedParams;
  std::vector<Slot> slots;
  std::vector<std::unique_ptr<BasicBlock>> blocks;  ///< blocks[0] is the entry
  uint32_t nextValueId = 0;
  uint32_t nextBlockId = 0;

  /// Appends a new empty block.
  BasicBlock *newBlock(std::string label);
  /// Adds a slot and returns its index.
  uint32_t addSlot(SlotKind kind, std::string name);
};

/// A compile-time constant of a module's constant table.
struct Constant {
  enum class Kind : uint8_t { Str, Bytes, Int, Complex, Tuple, Builtin } kind;
  std::string text;               ///< Str/Bytes data, Int digits, Builtin name
  double re = 0, im = 0;          ///< Complex
  std::vector<uint32_t> items;    ///< Tuple: constant indices
};

/// One Python module: its functions (module body first) and its tables.
struct Module {
  std::string name;      ///< dotted name
  std::string cname;     ///< C-safe name used in symbols
  std::string filename;  ///< __file__ / code filename
  bool isPackage = false;
  bool library = false;  ///< from Molt's standard library (lib/)
  std::vector<std::string> sourceLines;
  std::vector<std::string> globals;  ///< global slot names
  std::vector<Constant> constants;
  std::vector<std::unique_ptr<Function>> functions;
  /// Other modules whose MoltModuleInfo this one references (C names).
  std::vector<std::string> importedInfos;
  bool usesSys = false;

  /// Index of the global slot named n (added if new).
  uint32_t globalSlot(const std::string &n);
  /// Index of a str constant (deduplicated).
  uint32_t strConst(const std::string &s);
  /// Index of a constant (deduplicated by value).
  uint32_t addConst(const Constant &c);
};

/// Checks structural invariants of f; appends messages to errors. True if valid.
bool verifyFunction(const Function &f, std::vector<std::string> &errors);
/// Textual form of a function.
std::string printFunction(const Module &m, const Function &f);
/// Textual form of a whole module.
std::string printModule(const Module &m);

}  // namespace molt::ir
