// Compile-time SyntaxWarnings (compiler/sema/Warnings.cpp). Expected text
// from /root/.pyenv/versions/3.12.1/bin/python3.12 (stderr of running each source).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sema/Sema.h"

namespace {

std::string warningsOf(const std::string &src) {
  molt::sema::Program program;
  std::vector<molt::sema::Diagnostic> diags;
  molt::sema::ModuleUnit *u = molt::sema::addModule(program, "__main__", "/t/m.py", src, diags);
  if (!u) return "<error>";
  return molt::sema::formatWarnings(*u, "/t/m.py");
}

TEST(SemaWarnings, IsLiteral) {
  EXPECT_EQ(warningsOf("x = 1\nif x is \"a\": pass\nif x is not 1: pass\nif x is None: pass\n"),
            "/t/m.py:2: SyntaxWarning: \"is\" with 'str' literal. Did you mean \"==\"?\n"
            "  if x is \"a\": pass\n"
            "/t/m.py:3: SyntaxWarning: \"is not\" with 'int' literal. Did you mean \"!=\"?\n"
            "  if x is not 1: pass\n");
  EXPECT_EQ(warningsOf("x = 1\ny = x is -1\n"),
            "/t/m.py:2: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n"
            "  y = x is -1\n");
  EXPECT_EQ(warningsOf("x = 1\ny = x is (1, x), x is [], x is f\"a\"\n"), "");
}

TEST(SemaWarnings, CommaHints) {
  EXPECT_EQ(warningsOf("f = lambda: None()\n"),
            "/t/m.py:1: SyntaxWarning: 'NoneType' object is not callable; perhaps you missed a "
            "comma?\n  f = lambda: None()\n");
  EXPECT_EQ(warningsOf("f = lambda: [1, 2][\"a\"]\n"),
            "/t/m.py:1: SyntaxWarning: list indices must be integers or slices, not str; perhaps "
            "you missed a comma?\n  f = lambda: [1, 2][\"a\"]\n");
  EXPECT_EQ(warningsOf("f = lambda: 5[0]\n"),
            "/t/m.py:1: SyntaxWarning: 'int' object is not subscriptable; perhaps you missed a "
            "comma?\n  f = lambda: 5[0]\n");
  EXPECT_EQ(warningsOf("f = lambda: {1: 2}[\"a\"], [1][True], [1][1:2]\n"), "");
}

TEST(SemaWarnings, AssertAndLexical) {
  EXPECT_EQ(warningsOf("x = 0\nassert (x, \"m\")\n"),
            "/t/m.py:2: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n"
            "  assert (x, \"m\")\n");
  EXPECT_EQ(warningsOf("s = \"\\d\\q\"\nb = rb\"\\d\"\nc = \"\\777\"\n"),
            "/t/m.py:1: SyntaxWarning: invalid escape sequence '\\d'\n  s = \"\\d\\q\"\n"
            "/t/m.py:3: SyntaxWarning: invalid octal escape sequence '\\777'\n  c = \"\\777\"\n");
  EXPECT_EQ(warningsOf("x = 1\nu = 1if x else 2\n"),
            "/t/m.py:2: SyntaxWarning: invalid decimal literal\n  u = 1if x else 2\n");
}

} // namespace
