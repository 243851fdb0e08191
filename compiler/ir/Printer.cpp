// Textual IR (`molt build --emit ir`): one line per instruction.
#include <cstdio>
#include <string>

#include "ir/IR.h"

namespace molt::ir {

namespace {

/// prefix followed by the decimal number n.
std::string cat(const char *prefix, int64_t n) {
  std::string r(prefix);
  r += std::to_string(n);
  return r;
}

std::string quote(const std::string &s) {
  std::string r = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      r += '\\';
      r += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      r += buf;
    } else {
      r += static_cast<char>(c);
    }
  }
  return r + "\"";
}

std::string constText(const Module &m, size_t idx) {
  if (idx >= m.constants.size()) return "?";
  const Constant &c = m.constants[idx];
  switch (c.kind) {
  case Constant::Kind::Str: return quote(c.text);
  case Constant::Kind::Bytes: {
    std::string r("b");
    return r + quote(c.text);
  }
  case Constant::Kind::Int: return c.text;
  case Constant::Kind::Builtin: return "builtin " + c.text;
  case Constant::Kind::Complex: {
    char buf[64];
    std::snprintf(buf, sizeof buf, "complex(%.17g, %.17g)", c.re, c.im);
    return buf;
  }
  case Constant::Kind::Tuple: {
    std::string r = "(";
    for (size_t i = 0; i < c.items.size(); ++i) r += (i ? ", " : "") + constText(m, c.items[i]);
    return r + (c.items.size() == 1 ? ",)" : ")");
  }
  }
  return "?";
}

bool usesConst(Op op) {
  return op == Op::GetAttr || op == Op::ImportFrom || op == Op::SetAttr || op == Op::DelAttr || op == Op::CallMethod ||
         op == Op::MakeFunction;
}

bool usesSlot(Op op) {
  switch (op) {
  case Op::LoadLocal: case Op::LoadLocalBound: case Op::LoadLocalFree: case Op::LoadCellFree: case Op::StoreLocal: case Op::DelLocal:
  case Op::ClearLocal: case Op::MoveToTemp: case Op::TakeTemp: case Op::MakeCell:
  case Op::MakeEmptyCell: case Op::LoadCell: case Op::StoreCell: case Op::DelCell:
  case Op::CellOfLocal: case Op::PeekSlot:
    return true;
  default: return false;
  }
}

bool usesGlobal(Op op) {
  return op == Op::LoadGlobal || op == Op::LoadGlobalBound || op == Op::LoadGlobalSelf ||
         op == Op::LoadGlobalBoundSelf || op == Op::StoreGlobal || op == Op::DelGlobal;
}

}  // namespace

std::string printFunction(const Module &m, const Function &f) {
  std::string o = (f.kind == FuncKind::ModuleBody ? "module " : "function ") + f.cname + " " +
                   quote(f.qualname) + cat(" line ", f.firstLine) + " {\n";
  for (size_t s = 0; s < f.slots.size(); ++s) {
    static const char *kinds[] = {"local", "cell", "hidden", "temp"};
    o += cat("  slot $", s) + " " + kinds[static_cast<int>(f.slots[s].kind)] + " " +
         quote(f.slots[s].name) + "\n";
  }
  for (auto &b : f.blocks) {
    o += cat("bb", b->id) + (b->label.empty() ? "" : " (" + b->label + ")") + ":\n";
    for (auto &ip : b->insts) {
      const Instruction &i = *ip;
      o += "  ";
      if (i.type != Type::Void)
        o += cat("%", i.id) + ":" + typeName(i.type) + " = ";
      o += i.info().name;
      bool first = true;
      auto sep = [&]() {
        o += first ? " " : ", ";
        first = false;
      };
      for (Instruction *a : i.operands) {
        sep();
        o += cat("%", a->id);
      }
      if (usesSlot(i.op)) {
        sep();
        o += cat("$", i.imm);
      } else if (usesGlobal(i.op)) {
        sep();
        o += "global " + quote(i.imm < static_cast<int64_t>(m.globals.size()) ? m.globals[i.imm] : "?");
      } else if (usesConst(i.op)) {
        sep();
        o += constText(m, static_cast<size_t>(i.imm));
      } else if (i.op == Op::Compare || i.op == Op::Param || i.op == Op::Extract ||
                 i.op == Op::Unpack || i.op == Op::BuildDict || i.op == Op::LoadFree ||
                 i.op == Op::StoreFree || i.op == Op::CellOfFree || i.op == Op::DelFree) {
        sep();
        o += cat("#", i.imm);
      }
      if (i.op == Op::UnpackEx) {
        sep();
        o += cat("#", i.imm) + cat("/#", i.imm2);
      }
      if ((i.op == Op::Call || i.op == Op::CallMethod || i.op == Op::CallBuiltin) && i.imm2 >= 0) {
        sep();
        o += "kw " + constText(m, static_cast<size_t>(i.imm2));
      }
      if (!i.str.empty() && i.op != Op::Const) {
        sep();
        o += quote(i.str);
      } else if (i.op == Op::Const) {
        sep();
        o += i.str;
      }
      for (int t = 0; t < 2; ++t)
        if (i.targets[t]) {
          sep();
          o += cat("bb", i.targets[t]->id);
        }
      if (i.mayFail()) {
        o += " unwind " + (i.unwind ? cat("bb", i.unwind->id) : std::string("exit"));
        if (!i.cleanup.empty()) {
          o += " [";
          for (size_t c = 0; c < i.cleanup.size(); ++c)
            o += cat(c ? " %" : "%", i.cleanup[c]->id);
          o += "]";
        }
      }
      if (i.loc.line) o += cat("  ; line ", i.loc.line);
      o += "\n";
    }
  }
  return o + "}\n";
}

std::string printModule(const Module &m) {
  std::string o = "; module " + m.name + " (" + m.filename + ")\n";
  for (size_t g = 0; g < m.globals.size(); ++g)
    o += cat("global @", g) + " " + quote(m.globals[g]) + "\n";
  for (size_t c = 0; c < m.constants.size(); ++c)
    o += cat("const k", c) + " = " + constText(m, c) + "\n";
  for (auto &f : m.functions) o += printFunction(m, *f);
  return o;
}

}  // namespace molt::ir
