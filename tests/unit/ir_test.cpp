// Unit tests for the IR: builder, verifier, printer, and lowering + C
// generation of a small program.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "codegen/CGen.h"
#include "ir/IRBuilder.h"
#include "sema/Sema.h"

using namespace molt::ir;

namespace {

std::unique_ptr<Function> makeAddFunction() {
  auto f = std::make_unique<Function>();
  f->cname = "f0_add";
  f->name = f->qualname = "add";
  f->numParams = 2;
  IRBuilder b(f.get());
  b.setBlock(f->newBlock("entry"));
  Instruction *a = b.emit(Op::Param, {}, 0);
  Instruction *c = b.emit(Op::Param, {}, 1);
  Instruction *s = b.track(b.emit(Op::Binary, {a, c}, 0, -1, "molt_op_add"));
  b.untrack(s);
  b.emit(Op::Return, {s});
  return f;
}

}  // namespace

TEST(IR, OpTableIsConsistent) {
  EXPECT_STREQ(opInfo(Op::Br).name, "Br");
  EXPECT_TRUE(opInfo(Op::Br).flags & Terminator);
  EXPECT_TRUE(opInfo(Op::Call).flags & MayFail);
  EXPECT_EQ(opInfo(Op::Call).numOperands, -1);
  EXPECT_EQ(opInfo(Op::Binary).type, Type::Value);
  EXPECT_TRUE(opInfo(Op::Const).flags & NoOwn);
}

TEST(IR, BuilderTracksCleanupOfLiveTemporaries) {
  Function f;
  f.cname = "t";
  IRBuilder b(&f);
  b.setBlock(f.newBlock("entry"));
  Instruction *x = b.track(b.emit(Op::LoadGlobal, {}, 0, -1, "x"));
  Instruction *y = b.track(b.emit(Op::LoadGlobal, {}, 1, -1, "y"));
  Instruction *s = b.emit(Op::Binary, {x, y}, 0, -1, "molt_op_add");
  ASSERT_EQ(s->cleanup.size(), 2u);
  EXPECT_EQ(s->cleanup[0], x);
  EXPECT_EQ(s->cleanup[1], y);
  EXPECT_EQ(y->cleanup.size(), 1u);  // x was live when y was loaded
  b.release(y);
  b.release(x);
  EXPECT_TRUE(b.live.empty());
  b.track(s);
  b.untrack(s);
  b.emit(Op::Return, {s});
  std::vector<std::string> errors;
  EXPECT_TRUE(verifyFunction(f, errors)) << (errors.empty() ? "" : errors[0]);
}

TEST(IR, VerifierRejectsMalformedFunctions) {
  Function f;
  f.cname = "bad";
  IRBuilder b(&f);
  b.setBlock(f.newBlock("entry"));
  b.emit(Op::Const, {}, 0, -1, "MOLT_NONE");  // no terminator
  std::vector<std::string> errors;
  EXPECT_FALSE(verifyFunction(f, errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].find("not terminated"), std::string::npos);

  Function g;
  g.cname = "bad2";
  IRBuilder gb(&g);
  gb.setBlock(g.newBlock("entry"));
  Instruction *v = gb.emit(Op::Const, {}, 0, -1, "MOLT_NONE");
  gb.emit(Op::Br);  // no target
  gb.emit(Op::Return, {v});  // terminator after terminator
  errors.clear();
  EXPECT_FALSE(verifyFunction(g, errors));
  EXPECT_GE(errors.size(), 2u);
}

TEST(IR, PrinterShowsValuesBlocksAndUnwindEdges) {
  Module m;
  m.name = "__main__";
  m.functions.push_back(makeAddFunction());
  std::string text = printModule(m);
  EXPECT_NE(text.find("function f0_add \"add\""), std::string::npos) << text;
  EXPECT_NE(text.find("%2:value = Binary %0, %1, \"molt_op_add\" unwind exit"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Return %2"), std::string::npos) << text;
  std::vector<std::string> errors;
  EXPECT_TRUE(verifyFunction(*m.functions[0], errors));
}

TEST(IR, ModuleConstantsAreDeduplicated) {
  Module m;
  uint32_t a = m.strConst("x");
  uint32_t b = m.strConst("y");
  EXPECT_NE(a, b);
  EXPECT_EQ(m.strConst("x"), a);
  EXPECT_EQ(m.globalSlot("g"), m.globalSlot("g"));
}

TEST(Codegen, GeneratesDeterministicCForAProgram) {
  std::string path = ::testing::TempDir() + "molt_ir_test_prog.py";
  {
    std::ofstream out(path);
    out << "def f(a, b=2, *r, k=1, **kw):\n"
           "    try:\n"
           "        return [x * a for x in range(b)]\n"
           "    finally:\n"
           "        print('done')\n"
           "print(f(3), {1, 2, 3}, f'{1!r:>3}')\n";
  }
  std::string first;
  for (int round = 0; round < 2; ++round) {
    molt::sema::Program p;
    std::vector<molt::sema::Diagnostic> diags;
    ASSERT_TRUE(molt::sema::loadProgram(path, p, diags));
    std::vector<molt::codegen::CUnit> units;
    ASSERT_TRUE(molt::codegen::generateProgram(p, {}, units, diags));
    ASSERT_EQ(units.size(), 2u);
    EXPECT_EQ(units[0].fileName, "__main__.c");
    EXPECT_EQ(units[1].fileName, "molt_main.c");
    EXPECT_NE(units[0].code.find("#include \"molt/molt.h\""), std::string::npos);
    EXPECT_NE(units[0].code.find("molt_bind_args"), std::string::npos);
    if (round == 0)
      first = units[0].code;
    else
      EXPECT_EQ(first, units[0].code);
    std::string ir = molt::codegen::printProgramIR(p, diags);
    EXPECT_NE(ir.find("module mod_body"), std::string::npos);
  }
  std::remove(path.c_str());
}
