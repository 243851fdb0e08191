// Tests of SourceFile, Lexer and formatSyntaxError against CPython 3.12's
// behaviour (expected values taken from `python3.12 -m tokenize -e` and from
// what `python3.12 FILE` prints).
#include <gtest/gtest.h>

#include <string>

#include "syntax/Diagnostic.h"
#include "syntax/Lexer.h"
#include "syntax/Source.h"
#include "syntax/Token.h"

using namespace molt;

namespace {

std::string esc(std::string_view s) {
  std::string o;
  for (char c : s) {
    if (c == '\n')
      o += "\\n";
    else if (c == '\\')
      o += "\\\\";
    else
      o += c;
  }
  return o;
}

/// "KIND line,col-eline,ecol text" per token (byte columns), keywords as NAME.
std::string lex(const std::string &code) {
  SourceFile src;
  SyntaxError err;
  if (!src.load("t.py", code, err)) return "LOAD ERROR: " + err.msg;
  Lexer lx(src);
  std::string out;
  for (int guard = 0; guard < 100000; guard++) {
    Token t = lx.next();
    if (t.kind == Tok::ERRORTOKEN && lx.errorKind() != Lexer::ErrorKind::BadChar) {
      const SyntaxError &e = lx.error();
      out += "ERROR " + e.type + ": " + e.msg + " @" + std::to_string(e.lineno) + ":" + std::to_string(e.col + 1);
      break;
    }
    std::string name(tokName(t.kind));
    if (name.rfind("KW_", 0) == 0) name = "NAME";
    out += name + " " + std::to_string(t.lineno) + "," + std::to_string(t.col) + "-" + std::to_string(t.end_lineno) +
           "," + std::to_string(t.end_col) + " " + esc(t.text) + "\n";
    if (t.kind == Tok::ENDMARKER) break;
  }
  return out;
}

/// Only the kinds and texts: "KIND:text KIND:text ...".
std::string kinds(const std::string &code) {
  SourceFile src;
  SyntaxError err;
  if (!src.load("t.py", code, err)) return "LOAD ERROR: " + err.msg;
  Lexer lx(src);
  std::string out;
  for (int guard = 0; guard < 100000; guard++) {
    Token t = lx.next();
    if (t.kind == Tok::ERRORTOKEN && lx.errorKind() != Lexer::ErrorKind::BadChar) {
      out += "ERROR(" + lx.error().msg + ")";
      break;
    }
    if (t.kind == Tok::ENDMARKER) break;
    if (t.kind == Tok::NEWLINE) {
      out += "NL ";
      continue;
    }
    out += std::string(tokName(t.kind)) + ":" + esc(t.text) + " ";
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// The error of lexing code to the end, formatted as CPython prints it.
std::string lexError(const std::string &code, const std::string &file = "t.py") {
  SourceFile src;
  SyntaxError err;
  if (!src.load(file, code, err)) return formatSyntaxError(src, err);
  Lexer lx(src);
  for (int guard = 0; guard < 100000; guard++) {
    Token t = lx.next();
    if (t.kind == Tok::ERRORTOKEN && lx.errorKind() != Lexer::ErrorKind::BadChar)
      return formatSyntaxError(src, lx.error());
    if (t.kind == Tok::ENDMARKER) return "no error";
  }
  return "runaway";
}

std::string errFile(const std::string &line, const std::string &carets, const std::string &msg, int lineno = 1) {
  std::string s = "  File \"t.py\", line " + std::to_string(lineno) + "\n    " + line + "\n";
  if (!carets.empty()) s += "    " + carets + "\n";
  return s + msg + "\n";
}

} // namespace

// ---------------------------------------------------------------------------
// Token names.

TEST(Token, NamesAndSpellings) {
  EXPECT_EQ(tokName(Tok::NAME), "NAME");
  EXPECT_EQ(tokName(Tok::LPAR), "LPAR");
  EXPECT_EQ(tokName(Tok::KW_if), "KW_if");
  EXPECT_EQ(tokSpelling(Tok::DOUBLESTAREQUAL), "**=");
  EXPECT_EQ(tokSpelling(Tok::KW_lambda), "lambda");
  EXPECT_EQ(tokSpelling(Tok::NAME), "");
}

// ---------------------------------------------------------------------------
// Source loading.

TEST(Source, LinesAndNewlines) {
  SourceFile src;
  SyntaxError err;
  ASSERT_TRUE(src.load("t.py", "a\r\nbb\rccc\n", err));
  EXPECT_EQ(src.text(), "a\nbb\nccc\n");
  EXPECT_EQ(src.lineCount(), 3u);
  EXPECT_EQ(src.line(1), "a");
  EXPECT_EQ(src.line(2), "bb");
  EXPECT_EQ(src.line(3), "ccc");
  EXPECT_EQ(src.line(4), "");
  EXPECT_EQ(src.text().data()[src.text().size()], '\0');
  ASSERT_TRUE(src.load("t.py", "x", err));
  EXPECT_EQ(src.lineCount(), 1u);
  ASSERT_TRUE(src.load("t.py", "", err));
  EXPECT_EQ(src.lineCount(), 0u);
}

TEST(Source, BomAndCodingDeclarations) {
  SourceFile src;
  SyntaxError err;
  ASSERT_TRUE(src.load("t.py", "\xEF\xBB\xBFx = 1\n", err));
  EXPECT_EQ(src.text(), "x = 1\n");
  ASSERT_TRUE(src.load("t.py", "# -*- coding: latin-1 -*-\nx = '\xE9'\n", err));
  EXPECT_EQ(src.line(2), "x = '\xC3\xA9'");
  ASSERT_TRUE(src.load("t.py", "#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx='\xC1'\n", err));
  EXPECT_EQ(src.line(3), "x='\xD0\xB0'"); // U+0430
  ASSERT_TRUE(src.load("t.py", "#coding=cp1252\nx='\x80'\n", err));
  EXPECT_EQ(src.line(2), "x='\xE2\x82\xAC'");
  ASSERT_TRUE(src.load("t.py", "# coding: iso-8859-15\nx='\xA4'\n", err));
  EXPECT_EQ(src.line(2), "x='\xE2\x82\xAC'");
  ASSERT_TRUE(src.load("t.py", "# coding: Latin1\nx='\xA4'\n", err));
  EXPECT_EQ(src.line(2), "x='\xC2\xA4'");
  // Line 2 is only considered when line 1 is blank or a comment.
  ASSERT_TRUE(src.load("t.py", "x = 1\n# coding: latin-1\ny = '\xC3\xA9'\n", err));
  ASSERT_TRUE(src.load("t.py", "# coding: utf-8\nx = 1\n", err));
}

TEST(Source, EncodingErrors) {
  SourceFile src;
  SyntaxError err;
  EXPECT_FALSE(src.load("t.py", "# coding: foobar\nprint(1)\n", err));
  EXPECT_EQ(formatSyntaxError(src, err), "SyntaxError: encoding problem: foobar\n");
  EXPECT_FALSE(src.load("t.py", "\n# coding: foobar\n", err));
  EXPECT_EQ(err.msg, "encoding problem: foobar");
  EXPECT_FALSE(src.load("t.py", "# coding: latin-9\nprint(1)\n", err)); // not a Python alias
  EXPECT_EQ(err.msg, "encoding problem: latin-9");
  ASSERT_TRUE(src.load("t.py", "# coding: ANSI_X3.4-1968\nprint(1)\n", err));
  EXPECT_FALSE(src.load("t.py", "# coding: shift_jis\nprint(1)\n", err));
  EXPECT_EQ(err.msg, "encoding problem: shift_jis is not supported by molt");
  EXPECT_FALSE(src.load("t.py", "\xEF\xBB\xBF# coding: latin-1\nprint(1)\n", err));
  EXPECT_EQ(err.msg, "encoding problem: iso-8859-1 with BOM");
  EXPECT_FALSE(src.load("t.py", "# coding=ascii\nprint(\"\xC3\xA9\")\n", err));
  EXPECT_EQ(err.msg, "encoding problem: ascii");
  EXPECT_FALSE(src.load("/tmp/t.py", "# x\n\n  a = \xC3\xA9\xFF\n", err));
  EXPECT_EQ(formatSyntaxError(src, err),
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /tmp/t.py on line 3, but no encoding "
            "declared; see https://peps.python.org/pep-0263/ for details\n");
  EXPECT_FALSE(src.load("t.py", "# coding: utf-8\na\xFF = 1\n", err));
  EXPECT_EQ(err.msg, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
  EXPECT_EQ(err.lineno, 2u);
  EXPECT_FALSE(src.load("t.py", std::string("x=1\nprint(\"\0\")\n", 13), err));
  EXPECT_EQ(formatSyntaxError(src, err),
            "  File \"t.py\", line 2\n    print(\"\nSyntaxError: source code cannot contain null bytes\n");
}

// ---------------------------------------------------------------------------
// Basic tokens, positions, indentation.

TEST(Lexer, SimpleStatementAndImplicitNewline) {
  EXPECT_EQ(lex("x"), "NAME 1,0-1,1 x\nNEWLINE 1,1-1,2 \nENDMARKER 2,0-2,0 \n");
  EXPECT_EQ(lex(""), "ENDMARKER 1,0-1,0 \n");
  EXPECT_EQ(lex("\n"), "ENDMARKER 2,0-2,0 \n");
  EXPECT_EQ(lex("# c"), "ENDMARKER 2,0-2,0 \n");
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(lex("if x:\n  y\nz\n"), "NAME 1,0-1,2 if\n"
                                    "NAME 1,3-1,4 x\n"
                                    "COLON 1,4-1,5 :\n"
                                    "NEWLINE 1,5-1,6 \\n\n"
                                    "INDENT 2,0-2,2   \n"
                                    "NAME 2,2-2,3 y\n"
                                    "NEWLINE 2,3-2,4 \\n\n"
                                    "DEDENT 3,0-3,0 \n"
                                    "NAME 3,0-3,1 z\n"
                                    "NEWLINE 3,1-3,2 \\n\n"
                                    "ENDMARKER 4,0-4,0 \n");
  EXPECT_EQ(lex("if x:\n  y"), "NAME 1,0-1,2 if\nNAME 1,3-1,4 x\nCOLON 1,4-1,5 :\nNEWLINE 1,5-1,6 \\n\n"
                               "INDENT 2,0-2,2   \nNAME 2,2-2,3 y\nNEWLINE 2,3-2,4 \nDEDENT 3,0-3,0 \n"
                               "ENDMARKER 3,0-3,0 \n");
  // Blank and comment-only lines do not count; tabs go to multiples of 8.
  EXPECT_EQ(kinds("if 1:\n  x\n    # c\n\n  \tx\n"), "KW_if:if NUMBER:1 COLON:: NL INDENT:   NAME:x NL INDENT:  \t "
                                                    "NAME:x NL DEDENT: DEDENT:");
  EXPECT_EQ(kinds("x = (1,\n\n  2)\n"), "NAME:x EQUAL:= LPAR:( NUMBER:1 COMMA:, NUMBER:2 RPAR:) NL");
  EXPECT_EQ(kinds("\f\nx = 1\n"), "NAME:x EQUAL:= NUMBER:1 NL");
}

TEST(Lexer, BackslashContinuation) {
  EXPECT_EQ(lex("x = 1 \\\n  + 2\n"), "NAME 1,0-1,1 x\nEQUAL 1,2-1,3 =\nNUMBER 1,4-1,5 1\nPLUS 2,2-2,3 +\n"
                                      "NUMBER 2,4-2,5 2\nNEWLINE 2,5-2,6 \\n\nENDMARKER 3,0-3,0 \n");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(kinds("a->b := c ** d **= e // f //= g << h <<= i >> j >>= k @ l @= m != n <= o >= p == q ... r ."),
            "NAME:a RARROW:-> NAME:b COLONEQUAL::= NAME:c DOUBLESTAR:** NAME:d DOUBLESTAREQUAL:**= NAME:e "
            "DOUBLESLASH:// NAME:f DOUBLESLASHEQUAL://= NAME:g LEFTSHIFT:<< NAME:h LEFTSHIFTEQUAL:<<= NAME:i "
            "RIGHTSHIFT:>> NAME:j RIGHTSHIFTEQUAL:>>= NAME:k AT:@ NAME:l ATEQUAL:@= NAME:m NOTEQUAL:!= NAME:n "
            "LESSEQUAL:<= NAME:o GREATEREQUAL:>= NAME:p EQEQUAL:== NAME:q ELLIPSIS:... NAME:r DOT:. NL");
  // CPython tokenizes these and lets its parser reject them.
  EXPECT_EQ(kinds("a ! b <> c"), "NAME:a EXCLAMATION:! NAME:b NOTEQUAL:<> NAME:c NL");
  EXPECT_EQ(kinds("a $ b"), "NAME:a ERRORTOKEN:$ NAME:b NL");
}

TEST(Lexer, KeywordsAndSoftKeywords) {
  EXPECT_EQ(kinds("if match case type _ async await None"),
            "KW_if:if NAME:match NAME:case NAME:type NAME:_ KW_async:async KW_await:await KW_None:None NL");
  EXPECT_EQ(kinds("print(\xC3\xA9, x_\xC3\xA9)"), "NAME:print LPAR:( NAME:\xC3\xA9 COMMA:, NAME:x_\xC3\xA9 RPAR:) NL");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(kinds("0xdeadBEEF 0o17 0b1010 0_0 00 1_000.5e-3_0j .5 5. 1e5 1E+5 1J 0j 0.0"),
            "NUMBER:0xdeadBEEF NUMBER:0o17 NUMBER:0b1010 NUMBER:0_0 NUMBER:00 NUMBER:1_000.5e-3_0j "
            "NUMBER:.5 NUMBER:5. NUMBER:1e5 NUMBER:1E+5 NUMBER:1J NUMBER:0j NUMBER:0.0 NL");
  // A number running into a keyword is split (with a SyntaxWarning).
  EXPECT_EQ(kinds("1if x else 2"), "NUMBER:1 KW_if:if NAME:x KW_else:else NUMBER:2 NL");
  EXPECT_EQ(kinds("0x1for x in y"), "NUMBER:0x1f KW_or:or NAME:x KW_in:in NAME:y NL");
  EXPECT_EQ(kinds("1else"), "NUMBER:1 KW_else:else NL");
  {
    SourceFile src;
    SyntaxError err;
    ASSERT_TRUE(src.load("t.py", "x = 1if y else 2\n", err));
    Lexer lx(src);
    while (lx.next().kind != Tok::ENDMARKER) {
    }
    ASSERT_EQ(lx.warnings().size(), 1u);
    EXPECT_EQ(lx.warnings()[0].msg, "invalid decimal literal");
  }
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(kinds("0777"), "ERROR(leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                           "for octal integers)");
  EXPECT_EQ(lex("1__0"), "ERROR SyntaxError: invalid decimal literal @1:2");
  EXPECT_EQ(lex("1_"), "ERROR SyntaxError: invalid decimal literal @1:2");
  EXPECT_EQ(lex("0x"), "ERROR SyntaxError: invalid hexadecimal literal @1:2");
  EXPECT_EQ(lex("0xg"), "ERROR SyntaxError: invalid hexadecimal literal @1:2");
  EXPECT_EQ(lex("0o8"), "ERROR SyntaxError: invalid digit '8' in octal literal @1:3");
  EXPECT_EQ(lex("0o"), "ERROR SyntaxError: invalid octal literal @1:2");
  EXPECT_EQ(lex("0b12"), "ERROR SyntaxError: invalid digit '2' in binary literal @1:4");
  EXPECT_EQ(lex("1e"), "ERROR SyntaxError: invalid decimal literal @1:1");
  EXPECT_EQ(lex("1e+"), "ERROR SyntaxError: invalid decimal literal @1:3");
  EXPECT_EQ(lex("1.5_"), "ERROR SyntaxError: invalid decimal literal @1:4");
  EXPECT_EQ(lex("1abc"), "ERROR SyntaxError: invalid decimal literal @1:1");
  EXPECT_EQ(lex("0x1z"), "ERROR SyntaxError: invalid hexadecimal literal @1:3");
  EXPECT_EQ(lexError("x = 0777\n"), errFile("x = 0777", "    ^",
                                            "SyntaxError: leading zeros in decimal integer literals are not "
                                            "permitted; use an 0o prefix for octal integers"));
}

TEST(Lexer, Strings) {
  EXPECT_EQ(kinds("u'x' U'y' b'z' B'w' br'a' Br'b' bR'c' BR'd' rb'e' rB'f' Rb'g' RB'h'"),
            "STRING:u'x' STRING:U'y' STRING:b'z' STRING:B'w' STRING:br'a' STRING:Br'b' STRING:bR'c' "
            "STRING:BR'd' STRING:rb'e' STRING:rB'f' STRING:Rb'g' STRING:RB'h' NL");
  EXPECT_EQ(lex("x = '''a\n\\'''b'''\n"),
            "NAME 1,0-1,1 x\nEQUAL 1,2-1,3 =\nSTRING 1,4-2,8 '''a\\n\\\\'''b'''\nNEWLINE 2,8-2,9 \\n\n"
            "ENDMARKER 3,0-3,0 \n");
  EXPECT_EQ(kinds("'a\\\nb' '' \"\" '\\\\'"), "STRING:'a\\\\\\nb' STRING:'' STRING:\"\" STRING:'\\\\\\\\' NL");
}

TEST(Lexer, StringErrors) {
  EXPECT_EQ(lex("'abc"), "ERROR SyntaxError: unterminated string literal (detected at line 1) @1:1");
  EXPECT_EQ(lex("x = \"\"\"abc\nde"), "NAME 1,0-1,1 x\nEQUAL 1,2-1,3 =\nERROR SyntaxError: unterminated triple-quoted string literal (detected at "
                                      "line 2) @1:5");
  EXPECT_EQ(lexError("x = '''abc\nde\n"),
            errFile("x = '''abc", "    ^", "SyntaxError: unterminated triple-quoted string literal (detected at line 2)"));
  EXPECT_EQ(lexError("x = \"abc\" \"def\n"),
            errFile("x = \"abc\" \"def", "          ^", "SyntaxError: unterminated string literal (detected at line 1)"));
}

TEST(Lexer, Identifiers) {
  EXPECT_EQ(lexError("\xE2\x82\xAC = 1\n"),
            errFile("\xE2\x82\xAC = 1", "^", "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)"));
  EXPECT_EQ(lexError("a = \"\xE2\x82\xAC\" \xE2\x82\xAC\n"),
            errFile("a = \"\xE2\x82\xAC\" \xE2\x82\xAC", "        ^",
                    "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)"));
  EXPECT_EQ(lex("a\xC2\xA0" "b"), "ERROR SyntaxError: invalid non-printable character U+00A0 @1:2");
  EXPECT_EQ(lex("\x01"), "ERROR SyntaxError: invalid non-printable character U+0001 @1:1");
}

TEST(Lexer, Brackets) {
  EXPECT_EQ(lexError("x = )\n"), errFile("x = )", "    ^", "SyntaxError: unmatched ')'"));
  EXPECT_EQ(lexError("(]\n"),
            errFile("(]", " ^", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('"));
  EXPECT_EQ(lexError("x = (1 +\n  2 + ]\n"),
            errFile("2 + ]", "    ^",
                    "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2));
  EXPECT_EQ(lexError("x = 1\ny = (1,\n z = 2\n"), errFile("y = (1,", "    ^", "SyntaxError: '(' was never closed", 2));
  EXPECT_EQ(lexError("x = (" + std::string(201, '(') + "\n"),
            errFile("x = (" + std::string(201, '('), std::string(204, ' ') + "^",
                    "SyntaxError: too many nested parentheses"));
  SourceFile src;
  SyntaxError err;
  ASSERT_TRUE(src.load("t.py", "x = (", err));
  Lexer lx(src);
  Token t;
  while ((t = lx.next()).kind != Tok::ERRORTOKEN) {
  }
  EXPECT_EQ(lx.errorKind(), Lexer::ErrorKind::Eof);
  EXPECT_EQ(lx.next().kind, Tok::ERRORTOKEN); // sticky
}

TEST(Lexer, IndentationErrors) {
  EXPECT_EQ(lexError("if 1:\n  x\n y\n"),
            errFile("y", " ^", "IndentationError: unindent does not match any outer indentation level", 3));
  EXPECT_EQ(lexError("if 1:\n\tx\n        y\n"),
            errFile("y", "", "TabError: inconsistent use of tabs and spaces in indentation", 3));
  EXPECT_EQ(lexError("if 1:\n        x\n\ty\n"),
            errFile("y", "", "TabError: inconsistent use of tabs and spaces in indentation", 3));
  std::string deep = "if True:\n";
  for (int i = 0; i < 100; i++) deep += std::string(i + 1, ' ') + "if True:\n";
  deep += std::string(102, ' ') + "pass\n";
  EXPECT_EQ(lexError(deep), errFile("if True:", "", "IndentationError: too many levels of indentation", 101));
}

TEST(Lexer, ContinuationErrors) {
  EXPECT_EQ(lexError("x = 1\na \\ b\n"),
            errFile("a \\ b", "   ^", "SyntaxError: unexpected character after line continuation character", 2));
  EXPECT_EQ(lexError("x = 1\na = 1 \\"), errFile("a = 1 \\", "       ^", "SyntaxError: unexpected EOF while parsing", 2));
  EXPECT_EQ(lexError("\\\n"), errFile("\\", "", "SyntaxError: unexpected EOF while parsing"));
  // After a continuation CPython counts from the start of the first line.
  EXPECT_EQ(lexError("x = 1;\t\\\n\\y = 2\n"),
            errFile("\\y = 2", "      ^", "SyntaxError: unexpected character after line continuation character", 2));
}

// ---------------------------------------------------------------------------
// PEP 701 f-strings.

TEST(Lexer, FStringBasics) {
  EXPECT_EQ(lex("f\"{x}\"\n"), "FSTRING_START 1,0-1,2 f\"\nLBRACE 1,2-1,3 {\nNAME 1,3-1,4 x\nRBRACE 1,4-1,5 }\n"
                               "FSTRING_END 1,5-1,6 \"\nNEWLINE 1,6-1,7 \\n\nENDMARKER 2,0-2,0 \n");
  EXPECT_EQ(kinds("f\"a{{b}}c{x!r:>{w}.{p}}d\""),
            "FSTRING_START:f\" FSTRING_MIDDLE:a{ FSTRING_MIDDLE:b} FSTRING_MIDDLE:c LBRACE:{ NAME:x EXCLAMATION:! "
            "NAME:r COLON:: FSTRING_MIDDLE:> LBRACE:{ NAME:w RBRACE:} FSTRING_MIDDLE:. LBRACE:{ NAME:p RBRACE:} "
            "FSTRING_MIDDLE: RBRACE:} FSTRING_MIDDLE:d FSTRING_END:\" NL");
  EXPECT_EQ(lex("f\"a{{b\"").substr(0, 90), "FSTRING_START 1,0-1,2 f\"\nFSTRING_MIDDLE 1,2-1,4 a{\nFSTRING_MIDDLE 1,5-1,6 b\n"
                                           "FSTRING_END 1,");
  EXPECT_EQ(kinds("f\"{x=}\" f\"{x = !r:10}\""),
            "FSTRING_START:f\" LBRACE:{ NAME:x EQUAL:= RBRACE:} FSTRING_END:\" FSTRING_START:f\" LBRACE:{ NAME:x "
            "EQUAL:= EXCLAMATION:! NAME:r COLON:: FSTRING_MIDDLE:10 RBRACE:} FSTRING_END:\" NL");
  EXPECT_EQ(kinds("f\"{x:}\""), "FSTRING_START:f\" LBRACE:{ NAME:x COLON:: FSTRING_MIDDLE: RBRACE:} FSTRING_END:\" NL");
  EXPECT_EQ(kinds("f\"{x:{{y}}}\""), "FSTRING_START:f\" LBRACE:{ NAME:x COLON:: FSTRING_MIDDLE: LBRACE:{ LBRACE:{ "
                                     "NAME:y RBRACE:} RBRACE:} FSTRING_MIDDLE: RBRACE:} FSTRING_END:\" NL");
}

TEST(Lexer, FStringNestingAndModes) {
  EXPECT_EQ(kinds("f\"{\"a\" f\"{b!r}\"}\""),
            "FSTRING_START:f\" LBRACE:{ STRING:\"a\" FSTRING_START:f\" LBRACE:{ NAME:b EXCLAMATION:! NAME:r RBRACE:} "
            "FSTRING_END:\" RBRACE:} FSTRING_END:\" NL");
  EXPECT_EQ(kinds("f\"{lambda x:1}\" f\"{x:=1}\" f\"{(x:=1)}\" f\"{ {1:2} }\""),
            "FSTRING_START:f\" LBRACE:{ KW_lambda:lambda NAME:x COLON:: FSTRING_MIDDLE:1 RBRACE:} FSTRING_END:\" "
            "FSTRING_START:f\" LBRACE:{ NAME:x COLON:: FSTRING_MIDDLE:=1 RBRACE:} FSTRING_END:\" "
            "FSTRING_START:f\" LBRACE:{ LPAR:( NAME:x COLONEQUAL::= NUMBER:1 RPAR:) RBRACE:} FSTRING_END:\" "
            "FSTRING_START:f\" LBRACE:{ LBRACE:{ NUMBER:1 COLON:: NUMBER:2 RBRACE:} RBRACE:} FSTRING_END:\" NL");
  EXPECT_EQ(kinds("f\"\\{x}\\N{DASH}{y}\""),
            "FSTRING_START:f\" FSTRING_MIDDLE:\\\\ LBRACE:{ NAME:x RBRACE:} FSTRING_MIDDLE:\\\\N{DASH} LBRACE:{ "
            "NAME:y RBRACE:} FSTRING_END:\" NL");
  EXPECT_EQ(kinds("rf\"\\N{DASH}\""),
            "FSTRING_START:rf\" FSTRING_MIDDLE:\\\\N LBRACE:{ NAME:DASH RBRACE:} FSTRING_END:\" NL");
  EXPECT_EQ(lex("f\"\"\"a\nb{x\n+y:\n}c\nd\"\"\"\n"),
            "FSTRING_START 1,0-1,4 f\"\"\"\nFSTRING_MIDDLE 1,4-2,1 a\\nb\nLBRACE 2,1-2,2 {\nNAME 2,2-2,3 x\n"
            "PLUS 3,0-3,1 +\nNAME 3,1-3,2 y\nCOLON 3,2-3,3 :\nFSTRING_MIDDLE 3,3-4,0 \\n\nRBRACE 4,0-4,1 }\n"
            "FSTRING_MIDDLE 4,1-5,1 c\\nd\nFSTRING_END 5,1-5,4 \"\"\"\nNEWLINE 5,4-5,5 \\n\nENDMARKER 6,0-6,0 \n");
  EXPECT_EQ(kinds("f'''{x # comment\n}'''"), "FSTRING_START:f''' LBRACE:{ NAME:x RBRACE:} FSTRING_END:''' NL");
  // 149 nested f-strings are fine, 150 are too many.
  auto nest = [](int n) {
    std::string s = "x";
    for (int i = 0; i < n; i++) {
      const char *q = i % 2 ? "\"\"\"" : "'''";
      s = std::string("f") + q + "{" + s + "}" + q;
    }
    return s;
  };
  EXPECT_EQ(kinds(nest(149)).find("ERROR"), std::string::npos);
  EXPECT_NE(kinds(nest(150)).find("ERROR(too many nested f-strings)"), std::string::npos);
}

TEST(Lexer, FStringErrors) {
  EXPECT_EQ(lex("f\"{x\""), "FSTRING_START 1,0-1,2 f\"\nLBRACE 1,2-1,3 {\nNAME 1,3-1,4 x\n"
                            "ERROR SyntaxError: f-string: expecting '}' @1:5");
  EXPECT_EQ(lexError("f\"}\"\n"), errFile("f\"}\"", "  ^", "SyntaxError: f-string: single '}' is not allowed"));
  EXPECT_EQ(lexError("f\"{x}}\"\n"), errFile("f\"{x}}\"", "     ^", "SyntaxError: f-string: single '}' is not allowed"));
  EXPECT_EQ(lexError("f\"{x)}\"\n"), errFile("f\"{x)}\"", "    ^", "SyntaxError: f-string: unmatched ')'"));
  EXPECT_EQ(lexError("f\"{(x}\"\n"),
            errFile("f\"{(x}\"", "     ^",
                    "SyntaxError: closing parenthesis '}' does not match opening parenthesis '('"));
  EXPECT_EQ(lexError("f\"{x # c}\"\n"), errFile("f\"{x # c}\"", "  ^", "SyntaxError: '{' was never closed"));
  EXPECT_EQ(lexError("f'abc\n"), errFile("f'abc", "^", "SyntaxError: unterminated f-string literal (detected at line 1)"));
  EXPECT_EQ(lexError("f'''abc\n\n"),
            errFile("f'''abc", "^", "SyntaxError: unterminated triple-quoted f-string literal (detected at line 2)"));
  // A newline ends a format spec; the unclosed '{' is reported.
  EXPECT_EQ(lexError("f\"{x:{{y}}\n"), errFile("f\"{x:{{y}}", "  ^", "SyntaxError: '{' was never closed"));
  EXPECT_EQ(lexError("f\"{x:{y:{z:{w}}}}\"\n"),
            errFile("f\"{x:{y:{z:{w}}}}\"", "          ^", "SyntaxError: f-string: expressions nested too deeply"));
}

/// The kind of the fatal error lexing code to the end (None if there is none).
Lexer::ErrorKind fatalErrorKind(const std::string &code) {
  SourceFile src;
  SyntaxError err;
  if (!src.load("t.py", code, err)) return Lexer::ErrorKind::None;
  Lexer lx(src);
  for (int guard = 0; guard < 100000; guard++) {
    Token t = lx.next();
    if (t.kind == Tok::ERRORTOKEN && lx.errorKind() != Lexer::ErrorKind::BadChar) return lx.errorKind();
    if (t.kind == Tok::ENDMARKER) break;
  }
  return Lexer::ErrorKind::None;
}

TEST(Lexer, FStringErrorKinds) {
  // Errors that come up inside an f-string never replace a parser error found
  // first (`f'{!'`: "valid expression required before '!'"); the same errors
  // outside f-strings do.
  using K = Lexer::ErrorKind;
  EXPECT_EQ(fatalErrorKind("f'{!'"), K::RaisedInFString);
  EXPECT_EQ(fatalErrorKind("1 2\nf'abc\n"), K::RaisedInFString);
  EXPECT_EQ(fatalErrorKind("f'{x)}'\n"), K::RaisedInFString);
  EXPECT_EQ(fatalErrorKind("f'}'\n"), K::RaisedInFString);
  EXPECT_EQ(fatalErrorKind("f'{x:{y'\n"), K::RaisedInFString);
  EXPECT_EQ(fatalErrorKind("f'{x\ny = 1\n"), K::EofInFString); // the field goes on onto line 2
  EXPECT_EQ(fatalErrorKind("f'{x}' 'abc\n"), K::Raised);
  EXPECT_EQ(fatalErrorKind("f'{x}' + (\n"), K::Eof);
  EXPECT_EQ(fatalErrorKind("f'{x\n+ 1}'\n"), K::None);
}

// ---------------------------------------------------------------------------
// formatSyntaxError on errors the parser produces (locations as CPython's).

TEST(Diagnostic, Format) {
  SourceFile src;
  SyntaxError err;
  ASSERT_TRUE(src.load("/tmp/t.py", "foo(x for x in\n y, 1)\n\tx = 1 $ 2\nprint \"\xE2\x82\xAC\xE2\x82\xAC\"\n", err));
  SyntaxError e;
  e.msg = "Generator expression must be parenthesized";
  e.lineno = 1, e.col = 4, e.end_lineno = 2, e.end_col = 2;
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"/tmp/t.py\", line 1\n    foo(x for x in\n        ^^^^^^^^^^\n"
                                       "SyntaxError: Generator expression must be parenthesized\n");
  e.msg = "invalid syntax";
  e.lineno = 3, e.col = 7, e.end_lineno = 3, e.end_col = 8;
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"/tmp/t.py\", line 3\n    x = 1 $ 2\n          ^\n"
                                       "SyntaxError: invalid syntax\n");
  e.msg = "Missing parentheses in call to 'print'. Did you mean print(...)?";
  e.lineno = 4, e.col = 0, e.end_lineno = 4, e.end_col = 14; // byte columns, as CPython for files
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"/tmp/t.py\", line 4\n    print \"\xE2\x82\xAC\xE2\x82\xAC\"\n"
                                       "    ^^^^^^^^^^^^^^\n"
                                       "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n");
  // "unexpected indent": offset inside the stripped indentation, no caret.
  e.type = "IndentationError";
  e.msg = "unexpected indent";
  e.lineno = 3, e.col = 0, e.end_lineno = 0;
  EXPECT_EQ(formatSyntaxError(src, e),
            "  File \"/tmp/t.py\", line 3\n    x = 1 $ 2\nIndentationError: unexpected indent\n");
  // An IndentationError always gets a single caret; offsets past the end are clipped.
  e.msg = "m";
  e.lineno = 1, e.col = 1, e.end_lineno = 1, e.end_col = 5;
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"/tmp/t.py\", line 1\n    foo(x for x in\n     ^\nIndentationError: m\n");
  e.type = "SyntaxError";
  e.col = 40, e.end_col = 50;
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"/tmp/t.py\", line 1\n    foo(x for x in\n                  ^\nSyntaxError: m\n");
  e.noCaret = true; // CPython offset 0
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"/tmp/t.py\", line 1\n    foo(x for x in\nSyntaxError: m\n");
}

TEST(Diagnostic, ParserColumnsFollowTheEncoding) {
  // Byte columns stay bytes without a coding declaration and become characters
  // with one (any encoding).
  SourceFile src;
  SyntaxError err, e;
  e.msg = "invalid syntax";
  e.lineno = 2, e.col = 11, e.end_lineno = 2, e.end_col = 12; // the '1' after "x = \"éé\" "
  const std::string report = "  File \"t.py\", line 2\n    x = \"\xC3\xA9\xC3\xA9\" 1\n";
  ASSERT_TRUE(src.load("t.py", "pass\nx = \"\xC3\xA9\xC3\xA9\" 1\n", err));
  EXPECT_EQ(formatSyntaxError(src, e), report + std::string(4 + 11, ' ') + "^\nSyntaxError: invalid syntax\n");
  ASSERT_TRUE(src.load("t.py", "# -*- coding: utf-8 -*-\nx = \"\xC3\xA9\xC3\xA9\" 1\n", err));
  EXPECT_EQ(formatSyntaxError(src, e), report + std::string(4 + 9, ' ') + "^\nSyntaxError: invalid syntax\n");
  ASSERT_TRUE(src.load("t.py", "# coding: latin-1\nx = \"\xE9\xE9\" 1\n", err));
  EXPECT_EQ(formatSyntaxError(src, e), report + std::string(4 + 9, ' ') + "^\nSyntaxError: invalid syntax\n");
  // The tokenizer's own errors are in characters either way.
  EXPECT_EQ(lexError("x = \"\xC3\xA9\xC3\xA9\" + 'a\n"),
            errFile("x = \"\xC3\xA9\xC3\xA9\" + 'a", "           ^",
                    "SyntaxError: unterminated string literal (detected at line 1)"));
}

TEST(Diagnostic, LongLines) {
  // CPython re-reads a parser error's line 999 bytes at a time and shows the
  // last piece, with the caret clipped to it.
  SourceFile src;
  SyntaxError err, e;
  std::string line = "1 2 + '" + std::string(1500, 'x') + "'";
  ASSERT_TRUE(src.load("t.py", line + "\n", err));
  e.msg = "invalid syntax";
  e.lineno = 1, e.col = 2, e.end_lineno = 1, e.end_col = 3;
  EXPECT_EQ(formatSyntaxError(src, e),
            "  File \"t.py\", line 1\n    " + line.substr(999) + "\n      ^\nSyntaxError: invalid syntax\n");
  e.col = 1200, e.end_col = 1201;
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"t.py\", line 1\n    " + line.substr(999) + "\n    " +
                                           std::string(line.size() - 999, ' ') + "^\nSyntaxError: invalid syntax\n");
  // 999 bytes and a newline: the last piece is the newline alone.
  line = "1 2" + std::string(996, ' ');
  ASSERT_TRUE(src.load("t.py", line + "\n", err));
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"t.py\", line 1\n    \n    ^\nSyntaxError: invalid syntax\n");
  // A piece starting inside a UTF-8 sequence: replaced by U+FFFD with a
  // declared encoding; without one CPython shows the tokenizer's whole line.
  std::string text = "xy = '";
  for (int i = 0; i < 600; i++) text += "\xC3\xA9";
  text += "' 1";
  ASSERT_TRUE(src.load("t.py", "# coding: utf-8\n" + text + "\n", err));
  e.lineno = 2, e.col = static_cast<uint32_t>(text.size() - 1), e.end_lineno = 2, e.end_col = e.col + 1;
  std::string piece = "\xEF\xBF\xBD" + text.substr(1000); // 107 characters
  // (The byte offset 1209 is beyond the piece: it counts up to the piece's
  // newline and terminator, one past the newline.)
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"t.py\", line 2\n    " + piece + "\n    " + std::string(108, ' ') +
                                           "^\nSyntaxError: invalid syntax\n");
  ASSERT_TRUE(src.load("t.py", "pass\n" + text + "\n", err));
  EXPECT_EQ(formatSyntaxError(src, e), "  File \"t.py\", line 2\n    " + text + "\n    " +
                                           std::string(text.size() - 1, ' ') + "^\nSyntaxError: invalid syntax\n");
  // The tokenizer's own errors show the whole line.
  line = "x = '" + std::string(1500, 'a') + "' + 1 \xE2\x82\xAC";
  EXPECT_EQ(lexError(line + "\n"), errFile(line, std::string(1511, ' ') + "^",
                                           "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)"));
}

// ---------------------------------------------------------------------------
// Robustness: no crash, no deep recursion, linear time.

TEST(Lexer, Robustness) {
  std::string longLine = "x = " + std::string(1000000, '1') + "\n";
  EXPECT_EQ(kinds(longLine).size(), 1000025u); // NAME:x EQUAL:= NUMBER:1..1 NL
  std::string manyParens(150, '(');
  manyParens += std::string(150, ')');
  EXPECT_EQ(kinds(manyParens).find("ERROR"), std::string::npos);
  std::string junk;
  for (int i = 0; i < 20000; i++) junk += "f'{\"\\\x01";
  EXPECT_NE(kinds(junk).find("ERROR"), std::string::npos);
  for (const char *s : {"f'{", "f'{x:", "f'{x:{", "'''", "\\", "(\\\n", "f'''{x!", "0x_", "1e-_", "\t\f \\\n\\\n",
                        "f'{x:{y:{z}}}'", "if 1:\n\tx\n  \\\n", "f'\\N{", "f'\\N{x'"}) {
    std::string r = kinds(s);
    (void)r;
  }
}
