// IR -> C11. One translation unit per Python module plus molt_main.c.
// Every SSA value is a C local (`vN`), every slot a C local (`lN`), every
// basic block a label; a MayFail instruction is followed by a check that
// releases the owned temporaries live at that point, appends the traceback
// entry and jumps to the handler block or the function's error exit.
#include "codegen/CGen.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <map>
#include <set>

#include "codegen/Features.h"
#include "ir/IR.h"
#include "ir/Lower.h"
#include "opt/Passes.h"

namespace molt::codegen {

using namespace molt::ir;

namespace {

/// A C string literal for arbitrary bytes (octal escapes; no trigraphs).
std::string cstr(const std::string &s) {
  std::string r = "\"";
  for (unsigned char c : s) {
    switch (c) {
    case '"':
      r += "\\\"";
      break;
    case '\\':
      r += "\\\\";
      break;
    case '\n':
      r += "\\n";
      break;
    case '\t':
      r += "\\t";
      break;
    case '?':
      r += "\\?";
      break;
    default:
      if (c < 0x20 || c >= 0x7f) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%03o", c);
        r += buf;
      } else {
        r += static_cast<char>(c);
      }
    }
  }
  return r + "\"";
}

/// The attribute names a method stores on its first parameter (`self.x = v`),
/// in order of first appearance: the runtime sizes and names the inline
/// attribute values of the class's instances from them.
std::vector<std::string> selfAttrNames(const Function &f, const std::vector<Constant> &consts) {
  std::vector<std::string> names;
  if (f.kind != FuncKind::Function || f.argcount < 1 || f.argnames.empty()) return names;
  const std::string &self = f.argnames[0];
  for (const auto &b : f.blocks) {
    for (const auto &in : b->insts) {
      if (in->op != Op::SetAttr || in->operands.empty()) continue;
      const Instruction *obj = in->operands[0];
      bool isSelf = false;
      switch (obj->op) {
      case Op::LoadLocal:
      case Op::LoadLocalBound:
      case Op::LoadLocalBorrow:
      case Op::PeekSlot:
      case Op::LoadCell:
        isSelf = obj->imm >= 0 && static_cast<size_t>(obj->imm) < f.slots.size() &&
                 (f.slots[obj->imm].kind == SlotKind::Local ||
                  f.slots[obj->imm].kind == SlotKind::Cell) &&
                 f.slots[obj->imm].name == self;
        break;
      default:
        break;
      }
      if (!isSelf || in->imm < 0 || static_cast<size_t>(in->imm) >= consts.size()) continue;
      const Constant &c = consts[in->imm];
      if (c.kind != Constant::Kind::Str) continue;
      bool dup = false;
      for (const std::string &n : names)
        dup |= n == c.text;
      if (!dup && names.size() < 64) names.push_back(c.text);
    }
  }
  return names;
}

const char *kPrelude = R"C(#include "molt/molt.h"
#include "molt/bytesobject.h"
#include "molt/listobject.h"
#include "molt/tupleobject.h"

#if defined(__clang__)
#pragma clang diagnostic ignored "-Wunknown-warning-option"
#pragma clang diagnostic ignored "-Wunused-variable"
#pragma clang diagnostic ignored "-Wunused-but-set-variable"
#pragma clang diagnostic ignored "-Wunused-label"
#pragma clang diagnostic ignored "-Wunused-function"
#pragma clang diagnostic ignored "-Wunused-const-variable"
#pragma clang diagnostic ignored "-Wunused-parameter"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#pragma GCC diagnostic ignored "-Wunused-label"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#define MLT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define MLT_LIKELY(x) __builtin_expect(!!(x), 1)

/* wasm: a function with a loop runs in chunks of MLT_CHUNK_BUDGET backward
   jumps, re-entered by its _body wrapper. V8 cannot replace a running wasm
   function by its optimized code (no on-stack replacement), so without this
   a loop in a function called once would run in baseline code to its end.
   (MOLT_CFLAGS=-DMLT_NO_CHUNKS turns it off, for measurements.) */
#if defined(__wasm__) && !defined(MLT_NO_CHUNKS)
#define MLT_CHUNKED 1
#define MLT_CHUNK_BUDGET 4096
#define MLT_CHUNK_AGAIN MOLT_UNBOUND /* never a function's result */
#endif

static inline MoltValue mlt_load_local(MoltValue v, const char *name) {
  if (MLT_UNLIKELY(v == MOLT_UNBOUND)) return molt_raise_unbound_local(name);
  molt_incref(v);
  return v;
}
static inline MoltValue mlt_load_local_free(MoltValue v, const char *name) {
  if (MLT_UNLIKELY(v == MOLT_UNBOUND)) return molt_raise_unbound_free(name);
  molt_incref(v);
  return v;
}
static inline MoltValue mlt_peek_local(MoltValue v, const char *name) {
  if (MLT_UNLIKELY(v == MOLT_UNBOUND)) return molt_raise_unbound_local(name);
  return v;
}
static inline void mlt_store(MoltValue *slot, MoltValue v) {
  MoltValue old = *slot;
  molt_incref(v);
  *slot = v;
  molt_xdecref(old);
}
static inline void mlt_move(MoltValue *slot, MoltValue v) {
  MoltValue old = *slot;
  *slot = v;
  molt_xdecref(old);
}
static inline int mlt_del_local(MoltValue *slot, const char *name) {
  MoltValue old = *slot;
  if (old == MOLT_UNBOUND) {
    molt_raise_unbound_local(name);
    return -1;
  }
  *slot = MOLT_UNBOUND;
  molt_decref(old);
  return 0;
}
static inline void mlt_clear(MoltValue *slot) {
  MoltValue old = *slot;
  *slot = MOLT_UNBOUND;
  molt_xdecref(old);
}
static inline MoltValue mlt_take(MoltValue *slot) {
  MoltValue v = *slot;
  *slot = MOLT_UNBOUND;
  return v;
}
static inline MoltValue mlt_load_cell(MoltValue cell, const char *name, int isfree) {
  MoltValue v = molt_cell_get(cell);
  if (MLT_UNLIKELY(v == MOLT_UNBOUND))
    return isfree ? molt_raise_unbound_free(name) : molt_raise_unbound_local(name);
  molt_incref(v);
  return v;
}
static inline int mlt_del_cell(MoltValue cell, const char *name, int isfree) {
  if (molt_cell_get(cell) == MOLT_UNBOUND) {
    if (isfree) molt_raise_unbound_free(name);
    else molt_raise_unbound_local(name);
    return -1;
  }
  molt_cell_set(cell, MOLT_UNBOUND);
  return 0;
}
static inline MoltValue mlt_load_global(MoltValue *slot, const char *name) {
  MoltValue v = *slot;
  if (MLT_UNLIKELY(v == MOLT_UNBOUND)) {
    v = molt_builtin_value(name);
    if (v == MOLT_UNBOUND) return molt_raise_name_error(name);
  }
  molt_incref(v);
  return v;
}
static inline MoltValue mlt_load_global_nb(MoltValue *slot, const char *name) {
  MoltValue v = *slot;
  if (MLT_UNLIKELY(v == MOLT_UNBOUND)) return molt_raise_name_error(name);
  molt_incref(v);
  return v;
}
static inline MoltValue mlt_load_global_s(MoltValue *slot, const char *name, MoltValue self,
                                          int cell) {
  MoltValue v = *slot;
  if (MLT_UNLIKELY(v == MOLT_UNBOUND)) {
    v = molt_builtin_value(name);
    if (v == MOLT_UNBOUND)
      return molt_raise_name_error_self(name, cell ? molt_cell_get(self) : self);
  }
  molt_incref(v);
  return v;
}
static inline MoltValue mlt_load_global_nb_s(MoltValue *slot, const char *name, MoltValue self,
                                             int cell) {
  MoltValue v = *slot;
  if (MLT_UNLIKELY(v == MOLT_UNBOUND))
    return molt_raise_name_error_self(name, cell ? molt_cell_get(self) : self);
  molt_incref(v);
  return v;
}
static inline int mlt_del_global(MoltValue *slot, const char *name) {
  MoltValue old = *slot;
  if (old == MOLT_UNBOUND) {
    molt_raise_name_error(name);
    return -1;
  }
  *slot = MOLT_UNBOUND;
  molt_decref(old);
  return 0;
}
static MoltValue mlt_import_from(MoltValue mod, MoltValue name, const char *message) {
  MoltValue v = molt_getattr(mod, name), exc;
  int m;
  if (v != MOLT_ERROR) return v;
  exc = molt_err_fetch();
  m = molt_err_matches(exc, molt_from_ptr(&molt_type_AttributeError));
  if (m <= 0) {
    if (m == 0) molt_err_restore(exc);
    molt_decref(exc);
    return MOLT_ERROR;
  }
  molt_decref(exc);
  return molt_raise_fmt(&molt_type_ImportError, "%s", message);
}
/* Zero-argument super() (CPython's checks, in its order): super(__class__, first argument). */
static MoltValue mlt_super0(MoltValue sup, MoltValue cell, MoltValue first, int flags) {
  MoltValue a[2];
  if (sup != molt_from_ptr(&molt_type_super)) return molt_call(sup, NULL, 0, MOLT_NONE);
  if (flags & 4) { /* LOAD_SUPER_ATTR: the class and the first argument are loaded already */
    a[0] = cell;
    a[1] = first;
    return molt_call(sup, a, 2, MOLT_NONE);
  }
  if (flags & 2) return molt_raise_fmt(&molt_type_RuntimeError, "super(): no arguments");
  if (flags & 1) first = molt_cell_get(first);
  if (first == MOLT_UNBOUND) return molt_raise_fmt(&molt_type_RuntimeError, "super(): arg[0] deleted");
  if (cell == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_RuntimeError, "super(): __class__ cell not found");
  a[0] = molt_cell_get(cell);
  if (a[0] == MOLT_UNBOUND) return molt_raise_fmt(&molt_type_RuntimeError, "super(): empty __class__ cell");
  a[1] = first;
  return molt_call(sup, a, 2, MOLT_NONE);
}
static inline MoltValue mlt_iadd(MoltValue a, MoltValue b) {
  if ((molt_is_small_int(a) && molt_is_small_int(b)) || molt_is_float(a) ||
      (molt_is_small_int(a) && molt_is_float(b)))
    return molt_op_add(a, b);
  return molt_iadd(a, b);
}
static inline MoltValue mlt_isub(MoltValue a, MoltValue b) {
  if ((molt_is_small_int(a) && molt_is_small_int(b)) || molt_is_float(a) ||
      (molt_is_small_int(a) && molt_is_float(b)))
    return molt_op_sub(a, b);
  return molt_isub(a, b);
}
static inline MoltValue mlt_imul(MoltValue a, MoltValue b) {
  if ((molt_is_small_int(a) && molt_is_small_int(b)) || molt_is_float(a) ||
      (molt_is_small_int(a) && molt_is_float(b)))
    return molt_op_mul(a, b);
  return molt_imul(a, b);
}
/* a ** b: a positive finite float to a finite float power is the C
   library's pow, as the runtime's float ** computes it (the cases it special-
   cases, and an overflow, which raises, take the runtime's path). */
extern double pow(double, double);
static inline MoltValue mlt_pow_ff(MoltValue a, MoltValue b, MoltValue (*slow)(MoltValue, MoltValue)) {
  if (molt_is_float(a) && molt_is_float(b)) {
    double x = molt_float_val(a), y = molt_float_val(b), r;
    if (x > 0.0 && x < __builtin_inf() && y - y == 0.0) {
      r = pow(x, y);
      if (r < __builtin_inf()) return molt_float(r);
    }
  }
  return slow(a, b);
}
static inline MoltValue mlt_pow(MoltValue a, MoltValue b) { return mlt_pow_ff(a, b, molt_pow); }
static inline MoltValue mlt_ipow(MoltValue a, MoltValue b) { return mlt_pow_ff(a, b, molt_ipow); }
/* a < b (etc.) as a value: small ints and floats inline (op is a constant at each site). */
static inline MoltValue mlt_compare(MoltValue a, MoltValue b, int op) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) {
    int64_t x = molt_small_int_val(a), y = molt_small_int_val(b);
    switch (op) {
    case MOLT_LT: return molt_bool(x < y);
    case MOLT_LE: return molt_bool(x <= y);
    case MOLT_EQ: return molt_bool(x == y);
    case MOLT_NE: return molt_bool(x != y);
    case MOLT_GT: return molt_bool(x > y);
    default: return molt_bool(x >= y);
    }
  }
  double x, y;
  if (molt_float_pair(a, b, &x, &y)) {
    switch (op) {
    case MOLT_LT: return molt_bool(x < y);
    case MOLT_LE: return molt_bool(x <= y);
    case MOLT_EQ: return molt_bool(x == y);
    case MOLT_NE: return molt_bool(x != y);
    case MOLT_GT: return molt_bool(x > y);
    default: return molt_bool(x >= y);
    }
  }
  return molt_richcompare(a, b, op);
}
#define MLT_EXACT(v, t) (molt_is_ptr(v) && molt_ptr(v)->type == &molt_type_##t)
static inline MoltValue mlt_getitem(MoltValue o, MoltValue k) {
  if (molt_is_small_int(k) && molt_is_ptr(o)) {
    int64_t i = molt_small_int_val(k), n;
    MoltValue *items;
    const MoltType *t = molt_ptr(o)->type;
    if (t == &molt_type_list) {
      n = ((MoltList *)molt_ptr(o))->size;
      items = ((MoltList *)molt_ptr(o))->items;
    } else if (t == &molt_type_tuple) {
      n = ((MoltTuple *)molt_ptr(o))->size;
      items = ((MoltTuple *)molt_ptr(o))->items;
    } else if (t == &molt_type_bytearray || t == &molt_type_bytes) {
      const char *d;
      if (t == &molt_type_bytes) {
        n = ((MoltBytes *)molt_ptr(o))->size;
        d = ((MoltBytes *)molt_ptr(o))->data;
      } else {
        n = ((MoltByteArray *)molt_ptr(o))->size;
        d = ((MoltByteArray *)molt_ptr(o))->data;
      }
      if (i < 0) i += n;
      if ((uint64_t)i < (uint64_t)n) return molt_small_int((unsigned char)d[i]);
      return molt_getitem(o, k);
    } else {
      return molt_getitem(o, k);
    }
    if (i < 0) i += n;
    if ((uint64_t)i < (uint64_t)n) {
      molt_incref(items[i]);
      return items[i];
    }
  }
  return molt_getitem(o, k);
}
static inline int mlt_setitem(MoltValue o, MoltValue k, MoltValue v) {
  if (molt_is_small_int(k) && MLT_EXACT(o, list)) {
    MoltList *l = (MoltList *)molt_ptr(o);
    int64_t i = molt_small_int_val(k);
    if (i < 0) i += l->size;
    if ((uint64_t)i < (uint64_t)l->size) {
      MoltValue old = l->items[i];
      molt_incref(v);
      l->items[i] = v;
      molt_decref(old);
      return 0;
    }
  } else if (molt_is_small_int(k) && molt_is_small_int(v) && MLT_EXACT(o, bytearray)) {
    MoltByteArray *b = (MoltByteArray *)molt_ptr(o);
    int64_t i = molt_small_int_val(k), x = molt_small_int_val(v);
    if (i < 0) i += b->size;
    if ((uint64_t)i < (uint64_t)b->size && (uint64_t)x < 256) {
      b->data[i] = (char)x;
      return 0;
    }
  }
  return molt_setitem(o, k, v);
}
/* callable(...): a Python function is entered through its generic entry
   directly (molt_call would reach it through the type's call slot). */
static inline MoltValue mlt_call(MoltValue f, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (MLT_EXACT(f, function)) return ((MoltFunction *)molt_ptr(f))->info->entry(f, args, nargs, kw);
  return molt_call(f, args, nargs, kw);
}
/* The closure cells of the function being run (it has free variables). */
static inline const MoltValue *mlt_closure(MoltValue fn) {
  return ((MoltTuple *)molt_ptr(((MoltFunction *)molt_ptr(fn))->closure))->items;
}
/* o.name(...) through the call site's method cache: a builtin type's method,
   per receiver class the function the class defines, entered directly while
   the class keeps its version and no instance dict can shadow it, or for a
   module the value its global slot holds now. */
static inline MoltValue mlt_call_method_c(MoltMethodCache *c, MoltValue name, const MoltValue *args,
                                          size_t nargs, MoltValue kw) {
  MoltValue o = args[0];
  if (MLT_LIKELY(molt_is_ptr(o))) {
    char *p = (char *)molt_ptr(o);
    MoltType *t = ((MoltObject *)p)->type;
    unsigned w;
    if (t == c->type) return c->fn(c->descr, args, nargs, kw);
    if (o == c->module && *c->modslot != MOLT_UNBOUND) {
      MoltValue fn = *c->modslot, r;
      molt_incref(fn);
      r = mlt_call(fn, args + 1, nargs - 1, kw);
      molt_decref(fn);
      return r;
    }
    for (w = 0; w < MOLT_SITE_CACHE_WAYS; w++) {
      const MoltMethodWay *way = &c->way[w];
      if (way->type != t) continue;
      if (*way->version == way->tag &&
          (!way->dictoff || !molt_is_ptr(*(MoltValue *)(p + way->dictoff)))) {
        MoltValue fn = way->func, r;
        molt_incref(fn);
        r = way->entry(fn, args, nargs, kw);
        molt_decref(fn);
        return r;
      }
      break;
    }
  }
  return molt_call_method_fill(c, name, args, nargs, kw);
}
/* The way of an attribute cache that lets o's attribute be read or written
   in place (a __slots__ field, or an inline value the instance holds), or NULL. */
static inline MoltValue *mlt_attr_field(MoltValue o, const MoltAttrCache *c) {
  char *p;
  MoltType *t;
  unsigned w;
  if (MLT_UNLIKELY(!molt_is_ptr(o))) return 0;
  p = (char *)molt_ptr(o);
  t = ((MoltObject *)p)->type;
  for (w = 0; w < MOLT_SITE_CACHE_WAYS; w++) {
    const MoltAttrWay *way = &c->way[w];
    if (way->type != t) continue;
    if (!way->off || *way->version != way->tag) return 0;
    if (way->countoff) {
      MoltValue n = *(MoltValue *)(p + way->countoff);
      if (!molt_is_small_int(n) || (uint32_t)n < way->need) return 0;
    }
    return (MoltValue *)(p + way->off);
  }
  return 0;
}
/* o.name through the site's attribute cache. Out of line on wasm: V8 runs
   a wasm function in baseline code until its optimizing compiler is done
   with it, which takes time in proportion to the function's size, and the
   inline cache is ~150 bytes of wasm per site (in the module: richards 12%,
   many_tasks 10%, class_hierarchy 6% faster; particles 4% slower). */
#ifdef __wasm__
__attribute__((noinline))
#endif
static inline MoltValue mlt_getattr_c(MoltValue o, MoltValue name, MoltAttrCache *c) {
  MoltValue *f = mlt_attr_field(o, c);
  if (MLT_LIKELY(f && *f != MOLT_UNBOUND)) {
    molt_incref(*f);
    return *f;
  }
  return molt_getattr_ic(o, name, c);
}
/* o.name = v through the site's attribute cache. */
static inline int mlt_setattr_c(MoltValue o, MoltValue name, MoltValue v, MoltAttrCache *c) {
  MoltValue *f = mlt_attr_field(o, c);
  if (MLT_LIKELY(f != 0)) {
    MoltValue old = *f;
    molt_incref(v);
    *f = v;
    if (old != MOLT_UNBOUND) molt_decref(old);
    return 0;
  }
  return molt_setattr_ic(o, name, v, c);
}
static inline MoltValue mlt_len(MoltValue o) {
  if (MLT_EXACT(o, list)) return molt_small_int(((MoltList *)molt_ptr(o))->size);
  if (MLT_EXACT(o, tuple)) return molt_small_int(((MoltTuple *)molt_ptr(o))->size);
  return molt_builtin_len(MOLT_NONE, &o, 1, MOLT_NONE);
}
/* isinstance(o, cls): an object of exactly that class first, as CPython
   checks it before any __instancecheck__. */
static inline MoltValue mlt_isinstance(MoltValue o, MoltValue cls) {
  if (molt_is_ptr(o) && molt_is_ptr(cls) && (MoltObject *)molt_ptr(o)->type == molt_ptr(cls))
    return MOLT_TRUE;
  return molt_isinstance(o, cls);
}
/* An exact list or tuple: iterated by index (iter() of either cannot fail or
   run code, and the index loop sees a list's changes as its iterator would). */
#define MLT_INDEXABLE(v) (MLT_EXACT(v, list) || MLT_EXACT(v, tuple))
/* The iterator a generator expression receives: an exact list or tuple itself
   (the generator indexes it as a for loop does). */
static inline MoltValue mlt_iter_or_list(MoltValue src) {
  if (MLT_INDEXABLE(src)) {
    molt_incref(src);
    return src;
  }
  return molt_iter(src);
}
/* for over an exact list or tuple: *it holds it and *idx the next index;
   otherwise *it holds an iterator and *idx is MOLT_UNBOUND. */
static inline int mlt_for_iter(MoltValue *it, MoltValue *idx, MoltValue src) {
  MoltValue i;
  if (MLT_INDEXABLE(src)) {
    molt_incref(src);
    i = src;
    *idx = molt_small_int(0);
  } else {
    i = molt_iter(src);
    if (i == MOLT_ERROR) return -1;
    *idx = MOLT_UNBOUND;
  }
  mlt_move(it, i);
  return 0;
}
/* The items and size of an exact list or tuple (MLT_INDEXABLE). */
static inline MoltValue *mlt_seq_items(MoltValue s, int64_t *n) {
  if (molt_ptr(s)->type == &molt_type_tuple) {
    *n = ((MoltTuple *)molt_ptr(s))->size;
    return ((MoltTuple *)molt_ptr(s))->items;
  }
  *n = ((MoltList *)molt_ptr(s))->size;
  return ((MoltList *)molt_ptr(s))->items;
}
static inline MoltValue mlt_for_next(MoltValue it, MoltValue *idx) {
  int64_t i, n;
  MoltValue *items;
  if (*idx == MOLT_UNBOUND) return molt_iter_next(it);
  i = molt_small_int_val(*idx);
  items = mlt_seq_items(it, &n);
  if (i >= n) return MOLT_STOP;
  *idx = molt_small_int(i + 1);
  molt_incref(items[i]);
  return items[i];
}
/* A list comprehension's single loop over range(...) or an indexed list or
   tuple makes one item per step: the list reserves them all at once (one
   allocation, no copying as it grows; a 1.5M-item list touched 3x its size). */
static inline void mlt_list_reserve_range(MoltValue l, MoltValue it, MoltValue cur, MoltValue stop,
                                          MoltValue step) {
  int64_t c, e, s, n;
  if (it != MOLT_UNBOUND) return;
  c = molt_small_int_val(cur);
  e = molt_small_int_val(stop);
  s = molt_small_int_val(step);
  n = s > 0 ? (e > c ? (e - c - 1) / s + 1 : 0) : (c > e ? (c - e - 1) / -s + 1 : 0);
  if (n > 16) molt_list_reserve(l, n);
}
static inline void mlt_list_reserve_seq(MoltValue l, MoltValue it, MoltValue idx) {
  int64_t n;
  if (idx == MOLT_UNBOUND) return;
  mlt_seq_items(it, &n);
  if (n > 16) molt_list_reserve(l, n);
}
/* list.append in a list the generated code builds (an exact list). */
static inline int mlt_list_append(MoltValue l, MoltValue v) {
  MoltList *x = (MoltList *)molt_ptr(l);
  if (MLT_LIKELY(x->size < x->capacity)) {
    molt_incref(v);
    x->items[x->size++] = v;
    return 0;
  }
  return molt_list_append(l, v);
}
/* for over builtin range(...): a small-int counter, or (other arguments) the
   range object's iterator in *it. */
static int mlt_range_init(MoltValue *it, MoltValue *cur, MoltValue *stop, MoltValue *step,
                          const MoltValue *a, size_t n) {
  MoltValue s0 = n >= 2 ? a[0] : molt_small_int(0), s1 = n >= 2 ? a[1] : a[0];
  MoltValue s2 = n == 3 ? a[2] : molt_small_int(1), r, i;
  mlt_clear(it);
  if (molt_is_small_int(s0) && molt_is_small_int(s1) && molt_is_small_int(s2) &&
      s2 != molt_small_int(0)) {
    *cur = s0;
    *stop = s1;
    *step = s2;
    return 0;
  }
  r = molt_call(molt_from_ptr(&molt_type_range), a, n, MOLT_NONE);
  if (r == MOLT_ERROR) return -1;
  i = molt_iter(r);
  molt_decref(r);
  if (i == MOLT_ERROR) return -1;
  *it = i;
  return 0;
}
static inline MoltValue mlt_range_next(MoltValue it, MoltValue *cur, MoltValue stop,
                                       MoltValue step) {
  int64_t c, st, n;
  if (MLT_UNLIKELY(it != MOLT_UNBOUND)) return molt_iter_next(it);
  c = molt_small_int_val(*cur);
  st = molt_small_int_val(step);
  if (st > 0 ? c >= molt_small_int_val(stop) : c <= molt_small_int_val(stop)) return MOLT_STOP;
  n = c + st;
  *cur = molt_fits_small(n) ? molt_small_int(n) : stop;
  return molt_small_int(c);
}
/* sum(genexpr) compiled into a loop: the running total and its phase (see
   molt_sum_add); small ints add inline while the phase is "ints". */
static inline void mlt_sum_init(MoltValue *acc, MoltValue *phase) {
  mlt_clear(acc);
  *acc = molt_small_int(0);
  *phase = molt_small_int(0);
}
static inline int mlt_sum_step(MoltValue *acc, MoltValue *phase, MoltValue x) {
  if (MLT_LIKELY(molt_is_small_int(x) && molt_is_small_int(*acc) &&
                 *phase == molt_small_int(0))) {
    int64_t r = molt_small_int_val(*acc) + molt_small_int_val(x);
    if (MLT_LIKELY(molt_fits_small(r))) {
      *acc = molt_small_int(r);
      return 0;
    }
  }
  return molt_sum_add(acc, phase, x);
}
/* max/min(genexpr) compiled into a loop: *best is the best item so far. */
static inline int mlt_minmax_step(MoltValue *best, MoltValue x, int op) {
  if (molt_is_small_int(x) && molt_is_small_int(*best)) {
    int64_t a = molt_small_int_val(x), b = molt_small_int_val(*best);
    if (op == MOLT_GT ? a > b : a < b) *best = x;
    return 0;
  }
  return molt_minmax_add(best, x, op);
}
/* Fused int arithmetic (IntExpr): each operator on int64, 1 if the result is
   exact (no overflow, a non-zero divisor, a shift count the int64 holds), 0
   to take the operators' own path. Python's floor semantics for // and %. */
static inline int mlt_i64_add(int64_t a, int64_t b, int64_t *r) { return !__builtin_add_overflow(a, b, r); }
static inline int mlt_i64_sub(int64_t a, int64_t b, int64_t *r) { return !__builtin_sub_overflow(a, b, r); }
static inline int mlt_i64_mul(int64_t a, int64_t b, int64_t *r) { return !__builtin_mul_overflow(a, b, r); }
static inline int mlt_i64_mod(int64_t a, int64_t b, int64_t *r) {
  int64_t m;
  if (b == 0) return 0;
  if (b == -1) { *r = 0; return 1; }
  m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  *r = m;
  return 1;
}
static inline int mlt_i64_floordiv(int64_t a, int64_t b, int64_t *r) {
  int64_t q;
  if (b == 0 || (b == -1 && a == INT64_MIN)) return 0;
  q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) q--;
  *r = q;
  return 1;
}
/* divmod(a, b) for `q, r = divmod(a, b)`: for two small ints (b != 0) the
   floor quotient and remainder go straight into u (an unpack's array) and the
   result is MOLT_STOP (nothing to unpack); else the builtin's result. */
static inline MoltValue mlt_divmod_into(MoltValue a, MoltValue b, MoltValue *u) {
  if (molt_is_small_int(a) && molt_is_small_int(b) && b != molt_small_int(0)) {
    int64_t x = molt_small_int_val(a), y = molt_small_int_val(b), q = x / y, m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) {
      m += y;
      q--;
    }
    if (molt_fits_small(q)) {
      u[0] = molt_small_int(q);
      u[1] = molt_small_int(m);
      return MOLT_STOP;
    }
  }
  return molt_builtin_divmod(MOLT_NONE, (MoltValue[]){a, b}, 2, MOLT_NONE);
}
/* divmod(a, b): the same, the two small ints in a new tuple. */
static inline MoltValue mlt_divmod(MoltValue a, MoltValue b) {
  MoltValue u[2];
  MoltValue r = mlt_divmod_into(a, b, u);
  return r == MOLT_STOP ? molt_tuple_new(u, 2) : r;
}
static inline int mlt_i64_and(int64_t a, int64_t b, int64_t *r) { *r = a & b; return 1; }
static inline int mlt_i64_or(int64_t a, int64_t b, int64_t *r) { *r = a | b; return 1; }
static inline int mlt_i64_xor(int64_t a, int64_t b, int64_t *r) { *r = a ^ b; return 1; }
static inline int mlt_i64_lshift(int64_t a, int64_t b, int64_t *r) {
  if (b < 0 || b > 62) return a == 0 && b >= 0 ? (*r = 0, 1) : 0;
  *r = (int64_t)((uint64_t)a << b);
  return (*r >> b) == a;
}
static inline int mlt_i64_rshift(int64_t a, int64_t b, int64_t *r) {
  if (b < 0) return 0;
  *r = b > 63 ? (a < 0 ? -1 : 0) : (a >> b);
  return 1;
}
)C";

class ModuleEmitter {
public:
  ModuleEmitter(const Module &m, const Options &o, const std::vector<std::string> &allModules)
      : m_(m), opts_(o), allModules_(allModules) {}

  std::string run() {
    gname_ = "molt_globals_" + m_.cname;
    out_ =
        "/* Generated by molt from " + m_.filename + " (module " + m_.name + "). Do not edit. */\n";
    // Comment text must not close the comment early.
    for (size_t p; (p = out_.find("*/", 2)) != std::string::npos && p + 3 < out_.size();)
      out_.replace(p, 2, "* /");
    out_ += kPrelude;
    out_ += "\n";
    for (const std::string &c : allModules_)
      out_ += "extern const MoltModuleInfo molt_modinfo_" + c +
              ";\nextern MoltValue molt_globals_" + c + "[];\n";
    // Source lines for tracebacks.
    out_ += "\nstatic const char *const mlt_src[] = {\n";
    for (const std::string &l : m_.sourceLines)
      out_ += "  " + cstr(l) + ",\n";
    out_ += "  0};\n#define MLT_NLINES " + std::to_string(m_.sourceLines.size()) + "\n";
    out_ += "#define MLT_FILE " + cstr(m_.filename) + "\n\n";
    // Globals.
    out_ += "static const char *const mlt_gnames[] = {\n";
    for (const std::string &g : m_.globals)
      out_ += "  " + cstr(g) + ",\n";
    out_ += "  0};\nMoltValue " + gname_ + "[" + std::to_string(m_.globals.size() + 1) + "] = {";
    for (size_t i = 0; i <= m_.globals.size(); ++i)
      out_ += i ? ", MOLT_UNBOUND" : "MOLT_UNBOUND";
    out_ += "};\n";
    // Per-site inline caches, defined after the functions once counted. They
    // have external linkage on purpose: GCC 12's IPA passes can wrongly place
    // a zero-initialized static cache that generated code reads inline in
    // .rodata (docs/ARCHITECTURE.md, "Inline caches").
    out_ += "extern MoltAttrCache molt_ac_" + m_.cname + "[];\nextern MoltMethodCache molt_mc_" +
            m_.cname + "[];\n\n";
    // Constant table.
    out_ += "static MoltValue molt_K[" + std::to_string(m_.constants.size() + 1) + "];\n";
    out_ += "static void mlt_init_constants(void) {\n";
    for (size_t i = 0; i < m_.constants.size(); ++i)
      emitConstant(i);
    out_ += "}\n\n";
    // Forward declarations and static descriptions.
    for (auto &f : m_.functions) {
      if (f->kind == FuncKind::ModuleBody) {
        out_ += "static int mod_body(MoltValue module);\n";
        continue;
      }
      out_ += "static MoltValue " + f->cname + "_body(" + bodyParams(*f) + ");\n";
      if (f->isGenerator)
        out_ += "static MoltValue " + f->cname + "_resume(MoltGenerator *g, MoltValue sent);\n";
      out_ += "static MoltValue " + f->cname +
              "_entry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);\n";
      if (hasBorrowedParams(*f))
        out_ +=
            "static MoltValue " + f->cname +
            "_hentry(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames);\n";
      if (f->emitNew) out_ += "static MoltValue " + f->cname + "_new(" + newParams(*f) + ");\n";
    }
    out_ += "\nstatic const MoltCodeInfo ci_module = {\"<module>\", \"<module>\", MLT_FILE, 1, "
            "mlt_src, MLT_NLINES};\n";
    for (auto &f : m_.functions) {
      if (f->kind == FuncKind::ModuleBody) continue;
      out_ += "static const char *const an_" + f->cname + "[] = {";
      for (const std::string &a : f->argnames)
        out_ += cstr(a) + ", ";
      out_ += "0};\n";
      std::vector<std::string> selfAttrs = selfAttrNames(*f, m_.constants);
      if (!selfAttrs.empty()) {
        out_ += "static const char *const sa_" + f->cname + "[] = {";
        for (const std::string &a : selfAttrs)
          out_ += cstr(a) + ", ";
        out_ += "0};\n";
      }
      int flags = (f->varargs ? 1 : 0) | (f->varkeywords ? 2 : 0);
      if (f->isGenerator) flags |= f->genKind == 1 ? 8 : f->genKind == 2 ? 16 : 4; // MOLT_FN_*
      out_ += "static const MoltFuncInfo fi_" + f->cname + " = {{" + cstr(f->name) + ", " +
              cstr(f->qualname) + ", MLT_FILE, " + std::to_string(f->firstLine) +
              ", mlt_src, MLT_NLINES}, " + f->cname + "_entry, " + std::to_string(f->argcount) +
              ", " + std::to_string(f->posonlyargcount) + ", " + std::to_string(f->kwonlyargcount) +
              ", " + std::to_string(flags) + ", an_" + f->cname + ", " +
              (f->hasDoc ? cstr(f->doc) : std::string("0")) + ", " +
              (selfAttrs.empty() ? std::string("0") : "sa_" + f->cname) + ", " +
              (hasBorrowedParams(*f) ? f->cname + "_hentry" : std::string("0")) + "};\n";
    }
    out_ += "\nconst MoltModuleInfo molt_modinfo_" + m_.cname + " = {" + cstr(m_.name) +
            ", MLT_FILE, " + std::to_string(m_.globals.size()) + ", mlt_gnames, " + gname_ +
            ", mod_body, " + (m_.isPackage ? "1" : "0") + ", " +
            [&] {
              std::string w = sema::compileWarningsText(m_.name, m_.filename);
              return w.empty() ? std::string("0") : cstr(w);
            }() +
            "};\n";
    emitIntExprHelpers();
    for (auto &f : m_.functions)
      emitFunction(*f);
    out_ += "\nMoltAttrCache molt_ac_" + m_.cname + "[" + std::to_string(attrCaches_ + 1) +
            "];\nMoltMethodCache molt_mc_" + m_.cname + "[" + std::to_string(methodCaches_ + 1) +
            "];\n";
    return out_;
  }

private:
  const Module &m_;
  const Options &opts_;
  const std::vector<std::string> &allModules_;
  std::string out_;
  std::string gname_;
  size_t attrCaches_ = 0;                   ///< attribute cache sites emitted so far
  std::map<std::string, size_t> ixHelpers_; ///< IntExpr helper of each shape
  size_t methodCaches_ = 0;                 ///< method cache sites emitted so far
  const Function *fn_ = nullptr;
  std::string codeInfo_;
  uint32_t curLine_ = 0;
  // Loop chunking (wasm): whether the function being emitted is chunked, the
  // block being emitted, the back edges of its CFG, and the ids of the blocks
  // that backward jumps reach (through their bbN_chk stubs).
  bool chunked_ = false;
  const BasicBlock *curBlock_ = nullptr;
  std::set<std::pair<const BasicBlock *, const BasicBlock *>> backEdges_;
  /// DivMod instructions whose result only a two-target Unpack just after
  /// consumes (`q, r = divmod(a, b)`): see findFusedDivMods.
  std::map<const Instruction *, const Instruction *> fusedDivMods_; ///< DivMod -> its Unpack
  std::set<int> backTargets_;
  struct CVar;
  std::vector<CVar> chunkVars_; ///< bodyVars() of the chunked function being emitted
  std::map<const Instruction *, int> yieldIndex_; ///< resume point of each Yield
  bool genClosure_ = false; ///< the generator being emitted uses closure cells

  static std::string bodyParams(const Function &f) {
    std::string p = "MoltValue self_fn";
    for (uint32_t i = 0; i < f.numParams; ++i)
      p += ", MoltValue p" + std::to_string(i);
    return p;
  }

  void emitConstant(size_t i) {
    const Constant &c = m_.constants[i];
    std::string k = "  molt_K[" + std::to_string(i) + "] = ";
    switch (c.kind) {
    case Constant::Kind::Str:
      out_ += k + "molt_const_str(" + cstr(c.text) + ", " + std::to_string(c.text.size()) + ");\n";
      break;
    case Constant::Kind::Bytes:
      out_ +=
          k + "molt_const_bytes(" + cstr(c.text) + ", " + std::to_string(c.text.size()) + ");\n";
      break;
    case Constant::Kind::Int:
      out_ += k + "molt_const_int(" + cstr(c.text) + ");\n";
      break;
    case Constant::Kind::Builtin:
      out_ += k + "molt_builtin_value(" + cstr(c.text) + ");\n";
      break;
    case Constant::Kind::Complex: {
      char buf[96];
      std::snprintf(buf, sizeof buf, "molt_const_complex(%a, %a);\n", c.re, c.im);
      out_ += k + buf;
      break;
    }
    case Constant::Kind::Tuple: {
      std::string items;
      for (uint32_t it : c.items)
        items += (items.empty() ? "" : ", ") + kref(it);
      if (c.items.empty())
        out_ += k + "molt_const_tuple(0, 0);\n";
      else
        out_ += k + "molt_const_tuple((MoltValue[]){" + items + "}, " +
                std::to_string(c.items.size()) + ");\n";
      break;
    }
    }
  }

  static std::string kref(int64_t i) { return "molt_K[" + std::to_string(i) + "]"; }
  static std::string val(const Instruction *i) {
    std::string r = "v"; // appended, not "v" + ...: GCC 12 warns falsely (-Wrestrict) once inlined
    r += std::to_string(i->id);
    return r;
  }

  std::string expand(const Instruction &in) {
    const char *t = in.info().ctemplate;
    std::string r;
    for (const char *p = t; *p; ++p) {
      if (*p != '$') {
        r += *p;
        continue;
      }
      char c = *++p;
      if (c >= '0' && c <= '9') {
        size_t n = static_cast<size_t>(c - '0');
        r += n < in.operands.size() ? val(in.operands[n]) : std::string("MOLT_NONE");
        continue;
      }
      switch (c) {
      case 'A': {
        size_t from = static_cast<size_t>(*++p - '0');
        if (in.operands.size() <= from) {
          r += "NULL";
        } else {
          r += "(MoltValue[]){";
          for (size_t k = from; k < in.operands.size(); ++k)
            r += (k > from ? ", " : "") + val(in.operands[k]);
          r += "}";
        }
        break;
      }
      case 'N': {
        size_t from = static_cast<size_t>(*++p - '0');
        size_t n = in.operands.size() > from ? in.operands.size() - from : 0;
        // Keyword argument values follow the positional ones: nargs counts only the latter.
        if ((in.op == Op::Call || in.op == Op::CallMethod || in.op == Op::CallBuiltin) &&
            in.imm2 >= 0 && static_cast<size_t>(in.imm2) < m_.constants.size())
          n -= m_.constants[in.imm2].items.size();
        r += std::to_string(n);
        break;
      }
      case 'P': {
        size_t from = static_cast<size_t>(*++p - '0');
        for (size_t k = from; k < in.operands.size(); ++k)
          r += (k > from ? ", " : "") + val(in.operands[k]);
        break;
      }
      case 'i':
        r += std::to_string(in.imm);
        break;
      case 'j':
        r += std::to_string(in.imm2);
        break;
      case 'k':
        r += kref(in.imm);
        break;
      case 'K':
        r += in.imm2 < 0 ? std::string("MOLT_NONE") : kref(in.imm2);
        break;
      case 'S':
        r += cstr(in.str);
        break;
      case 'F':
        r += in.str;
        break;
      case 'L':
        r += "l" + std::to_string(in.imm);
        break;
      case 'G':
        r += gname_ + "[" + std::to_string(in.imm) + "]";
        break;
      case 'X':
        r += "self_fn";
        break;
      default:
        r += '$';
        r += c;
        break;
      }
    }
    return r;
  }

  /// One token of an IntExpr program (ir/IR.def): a leaf or an operator.
  struct IxToken {
    int leaf = -1;  ///< leaf operand index, or -1 for an operator
    std::string fn; ///< the operator's C function
    SrcLoc loc;     ///< the operator's traceback position
  };

  static std::vector<IxToken> parseIntExpr(const std::string &prog) {
    std::vector<IxToken> toks;
    size_t p = 0;
    while (p < prog.size()) {
      size_t e = prog.find(' ', p);
      if (e == std::string::npos) e = prog.size();
      std::string w = prog.substr(p, e - p);
      p = e + 1;
      IxToken t;
      if (w[0] == '#') {
        t.leaf = std::stoi(w.substr(1));
      } else {
        size_t at = w.find('@');
        t.fn = w.substr(0, at);
        uint32_t v[4] = {0, 0, 0, 0};
        size_t q = at + 1;
        for (int k = 0; k < 4 && q <= w.size(); ++k) {
          size_t c = w.find(':', q);
          if (c == std::string::npos) c = w.size();
          v[k] = static_cast<uint32_t>(std::stoul(w.substr(q, c - q)));
          q = c + 1;
        }
        t.loc = {v[0], v[1], v[2], v[3]};
      }
      toks.push_back(std::move(t));
    }
    return toks;
  }

  /// The program without positions: sites of the same shape share a helper.
  static std::string intExprShape(const std::vector<IxToken> &toks) {
    std::string s;
    for (const IxToken &t : toks)
      s += (t.leaf >= 0 ? "#" + std::to_string(t.leaf) : t.fn) + " ";
    return s;
  }

  /// The int64 operator (mlt_i64_*) of an operator's C function.
  static std::string i64Op(const std::string &fn) {
    static const std::pair<const char *, const char *> kMap[] = {{"molt_op_add", "add"},
                                                                 {"mlt_iadd", "add"},
                                                                 {"molt_op_sub", "sub"},
                                                                 {"mlt_isub", "sub"},
                                                                 {"molt_op_mul", "mul"},
                                                                 {"mlt_imul", "mul"},
                                                                 {"molt_op_mod", "mod"},
                                                                 {"molt_imod", "mod"},
                                                                 {"molt_op_floordiv", "floordiv"},
                                                                 {"molt_ifloordiv", "floordiv"},
                                                                 {"molt_op_and", "and"},
                                                                 {"molt_iand", "and"},
                                                                 {"molt_op_or", "or"},
                                                                 {"molt_ior", "or"},
                                                                 {"molt_op_xor", "xor"},
                                                                 {"molt_ixor", "xor"},
                                                                 {"molt_lshift", "lshift"},
                                                                 {"molt_ilshift", "lshift"},
                                                                 {"molt_rshift", "rshift"},
                                                                 {"molt_irshift", "rshift"}};
    for (const auto &[c, op] : kMap)
      if (fn == c) return std::string("mlt_i64_") + op;
    return "";
  }

  /// The C operator of an operator's C function on doubles (+ - * /), or 0.
  static char f64Op(const std::string &fn) {
    if (fn == "molt_op_add" || fn == "mlt_iadd") return '+';
    if (fn == "molt_op_sub" || fn == "mlt_isub") return '-';
    if (fn == "molt_op_mul" || fn == "mlt_imul") return '*';
    if (fn == "molt_op_truediv" || fn == "molt_itruediv") return '/';
    return 0;
  }

  /// One static helper per IntExpr shape of the module, in order of first use.
  void emitIntExprHelpers() {
    for (auto &f : m_.functions)
      for (auto &b : f->blocks)
        for (auto &i : b->insts) {
          if (i->op != Op::IntExpr) continue;
          std::vector<IxToken> toks = parseIntExpr(i->str);
          std::string shape = intExprShape(toks);
          if (ixHelpers_.count(shape)) continue;
          size_t id = ixHelpers_.size();
          ixHelpers_[shape] = id;
          emitIntExprHelper(id, toks, i->operands.size());
        }
  }

  /// Walks an IntExpr program as a stack machine over C expressions: leaf(n)
  /// is leaf n's expression; op(t, x, y, k) handles operator k (token t) on
  /// the operands' expressions and returns its result's. The root's result.
  template <class Leaf, class OpFn>
  static std::string walkIntExpr(const std::vector<IxToken> &toks, Leaf leaf, OpFn op) {
    std::vector<std::string> stack;
    int k = 0;
    for (const IxToken &t : toks) {
      if (t.leaf >= 0) {
        stack.push_back(leaf(t.leaf));
        continue;
      }
      std::string y = std::move(stack.back());
      stack.pop_back();
      std::string x = std::move(stack.back());
      stack.pop_back();
      stack.push_back(op(t, x, y, k++));
    }
    return stack.back();
  }

  void emitIntExprHelper(size_t id, const std::vector<IxToken> &toks, size_t nleaves) {
    // The fast paths are forced inline at each site (a call per expression
    // cost nbody 15% natively and on wasm); the operators one by one are a
    // function of their own, out of line.
    std::string name = "mlt_ix" + std::to_string(id), params, args;
    for (size_t k = 0; k < nleaves; ++k) {
      params += "MoltValue a" + std::to_string(k) + ", ";
      args += "a" + std::to_string(k) + ", ";
    }
    std::string generic = "static MoltValue " + name + "_generic(" + params + "int *at)";
    out_ += "/* " + intExprShape(toks) + "*/\n" + generic + ";\nMOLT_INLINE MoltValue " + name +
            "(" + params + "int *at) {\n";
    bool intPath = true, floatPath = true;
    int nops = 0;
    for (const IxToken &t : toks) {
      if (t.leaf >= 0) continue;
      ++nops;
      if (i64Op(t.fn).empty()) intPath = false;
      if (f64Op(t.fn) == 0) floatPath = false;
    }
    auto allLeaves = [&](const char *test) {
      std::string c;
      for (size_t k = 0; k < nleaves; ++k)
        c += (k ? " && " : "") + std::string(test) + "(a" + std::to_string(k) + ")";
      return c;
    };
    auto temps = [&](const char *type) {
      std::string d = std::string("    ") + type + " ";
      for (int k = 0; k < nops; ++k)
        d += (k ? ", t" : "t") + std::to_string(k);
      return d + ";\n";
    };
    auto temp = [](int k) { return "t" + std::to_string(k); };
    if (intPath) {
      // Every leaf a small int: the tree on int64.
      std::string cond;
      std::string r = walkIntExpr(
          toks, [](int n) { return "molt_small_int_val(a" + std::to_string(n) + ")"; },
          [&](const IxToken &t, const std::string &x, const std::string &y, int k) {
            cond += (cond.empty() ? "" : " &&\n        ") + i64Op(t.fn) + "(" + x + ", " + y +
                    ", &" + temp(k) + ")";
            return temp(k);
          });
      out_ += "  if (" + allLeaves("molt_is_small_int") + ") {\n" + temps("int64_t") + "    if (" +
              cond + ") {\n      if (molt_fits_small(" + r + ")) return molt_small_int(" + r +
              ");\n      *at = " + std::to_string(nops - 1) + ";\n      return molt_int_from_i64(" +
              r + ");\n    }\n  }\n";
    }
    if (floatPath) {
      // Every leaf a float: the tree on doubles (IEEE arithmetic is Python's;
      // a zero divisor takes the operators' path, which raises).
      std::string body;
      std::string r = walkIntExpr(
          toks, [](int n) { return "molt_float_val(a" + std::to_string(n) + ")"; },
          [&](const IxToken &t, const std::string &x, const std::string &y, int k) {
            char op = f64Op(t.fn);
            if (op == '/') body += "    if (" + y + " == 0.0) goto mlt_generic;\n";
            body += "    " + temp(k) + " = " + x + " " + op + " " + y + ";\n";
            return temp(k);
          });
      out_ += "  if (" + allLeaves("molt_is_float") + ") {\n" + temps("double") + body +
              "    return molt_float(" + r + ");\n  }\nmlt_generic:;\n";
    }
    out_ += "  return " + name + "_generic(" + args + "at);\n}\n" + generic + " {\n";
    // Otherwise the operators one by one, as before fusion (intermediates,
    // named u<k>, are owned; leaves are borrowed).
    std::string r = walkIntExpr(
        toks, [](int n) { return "a" + std::to_string(n); },
        [&](const IxToken &t, const std::string &x, const std::string &y, int k) {
          std::string u = "u" + std::to_string(k);
          out_ += "  MoltValue " + u + " = " + t.fn + "(" + x + ", " + y + ");\n";
          for (const std::string *v : {&x, &y})
            if ((*v)[0] == 'u') out_ += "  molt_decref(" + *v + ");\n";
          out_ += "  if (MLT_UNLIKELY(" + u + " == MOLT_ERROR)) { *at = " + std::to_string(k) +
                  "; return MOLT_ERROR; }\n";
          return u;
        });
    out_ += "  return " + r + ";\n}\n";
  }

  /// An IntExpr site: the helper's call, and on failure the traceback entry of
  /// the operator that raised.
  void emitIntExpr(const Instruction &in) {
    std::vector<IxToken> toks = parseIntExpr(in.str);
    size_t id = ixHelpers_.at(intExprShape(toks));
    out_ += "  { int at = 0;\n  " + val(&in) + " = mlt_ix" + std::to_string(id) + "(";
    for (const Instruction *o : in.operands)
      out_ += val(o) + ", ";
    out_ += "&at);\n  if (MLT_UNLIKELY(" + val(&in) + " == MOLT_ERROR)) {";
    emitCleanup(in);
    out_ += "\n    switch (at) {";
    int k = 0;
    for (const IxToken &t : toks) {
      if (t.leaf >= 0) continue;
      SrcLoc l = t.loc;
      if (!l.line) l = {fn_->firstLine, 0, fn_->firstLine, 0};
      out_ += "\n    case " + std::to_string(k++) + ": molt_tb_add(" + codeInfo_ + ", " +
              std::to_string(l.line) + ", " + std::to_string(l.col) + ", " +
              std::to_string(l.endLine) + ", " + std::to_string(l.endCol) + "); break;";
    }
    out_ += "\n    }\n    goto " + target(in.unwind) + ";\n  } }\n";
  }

  std::string target(const BasicBlock *b) {
    if (!b) return "mlt_error";
    if (chunked_) {
      if (!curBlock_->insts.empty() && backEdges_.count({curBlock_, b})) {
        // A loop's back edge: the stub counts the iterations.
        backTargets_.insert(b->id);
        return "bb" + std::to_string(b->id) + "_chk";
      }
    }
    return "bb" + std::to_string(b->id);
  }

  void jump(const BasicBlock *t, const BasicBlock *next) {
    if (t && t == next) return;
    out_ += "  goto " + target(t) + ";\n";
  }

  // `q, r = divmod(a, b)`: the DivMod writes two small ints straight into the
  // Unpack's array (no tuple made and taken apart) and yields MOLT_STOP, which
  // the Unpack then skips; any other result (a tuple from the builtin, or
  // whatever a __divmod__ returned) is unpacked as before. Only when the
  // DivMod's value is used by nothing but that Unpack and decrefs (MOLT_STOP is
  // not a pointer: a decref of it does nothing), and only decrefs of other
  // values come between the two.
  void findFusedDivMods(const std::vector<const BasicBlock *> &order) {
    fusedDivMods_.clear();
    std::map<const Instruction *, const Instruction *> candidates;
    for (const BasicBlock *b : order)
      for (size_t k = 0; k < b->insts.size(); ++k) {
        const Instruction *d = b->insts[k].get();
        if (d->op != Op::DivMod) continue;
        // Next but for the decrefs of the DivMod's operands.
        size_t n = k + 1;
        while (n < b->insts.size() && b->insts[n]->op == Op::Decref &&
               b->insts[n]->operands[0] != d)
          ++n;
        const Instruction *u = n < b->insts.size() ? b->insts[n].get() : nullptr;
        if (u && u->op == Op::Unpack && u->imm == 2 && u->operands.size() == 1 &&
            u->operands[0] == d)
          candidates[d] = u;
      }
    if (candidates.empty()) return;
    for (const BasicBlock *b : order)
      for (auto &i : b->insts) {
        if (i->op == Op::Decref || i->op == Op::Unpack) continue;
        for (const Instruction *o : i->operands)
          candidates.erase(o);
      }
    fusedDivMods_ = std::move(candidates);
  }

  // Releases the temporaries a failing instruction leaves behind. Out of
  // line: the failure path is cold, and inline decrefs there made functions
  // bigger (particles' step: 10.7 KB of wasm, 8.7 KB without).
  void emitCleanup(const Instruction &in) {
    for (const Instruction *c : in.cleanup)
      out_ += " molt_decref_cold(" + val(c) + ");";
  }

  void failCheck(const Instruction &in, const std::string &cond) {
    out_ += "  if (MLT_UNLIKELY(" + cond + ")) {";
    emitCleanup(in);
    if (!in.hasFlag(NoTb)) {
      SrcLoc l = in.loc;
      if (!l.line) l = {fn_->firstLine, 0, fn_->firstLine, 0};
      out_ += " molt_tb_add(" + codeInfo_ + ", " + std::to_string(l.line) + ", " +
              std::to_string(l.col) + ", " + std::to_string(l.endLine) + ", " +
              std::to_string(l.endCol) + ");";
    }
    out_ += " goto " + target(in.unwind) + "; }\n";
  }

  void emitInst(const Instruction &in, const BasicBlock *next) {
    if (opts_.emitLineDirectives && in.loc.line && in.loc.line != curLine_) {
      curLine_ = in.loc.line;
      out_ += "#line " + std::to_string(curLine_) + " " + cstr(m_.filename) + "\n";
    }
    bool module = fn_->kind == FuncKind::ModuleBody;
    switch (in.op) {
    case Op::Br:
      jump(in.targets[0], next);
      return;
    case Op::CondBr:
      if (in.targets[1] == next) {
        out_ += "  if (" + val(in.operands[0]) + ") goto " + target(in.targets[0]) + ";\n";
      } else if (in.targets[0] == next) {
        out_ += "  if (!" + val(in.operands[0]) + ") goto " + target(in.targets[1]) + ";\n";
      } else {
        out_ += "  if (" + val(in.operands[0]) + ") goto " + target(in.targets[0]) +
                "; else goto " + target(in.targets[1]) + ";\n";
      }
      return;
    case Op::BrIfStop:
      out_ +=
          "  if (" + val(in.operands[0]) + " == MOLT_STOP) goto " + target(in.targets[0]) + ";\n";
      jump(in.targets[1], next);
      return;
    case Op::Return:
      if (module)
        out_ += "  rv = 0;\n";
      else
        out_ += "  rv = " + val(in.operands[0]) + ";\n";
      out_ += "  goto mlt_exit;\n";
      return;
    case Op::Unwind:
      out_ += "  goto " + target(in.unwind) + ";\n";
      return;
    case Op::Unreachable:
      out_ += "  goto mlt_error;\n";
      return;
    case Op::Unpack:
      if (fusedDivMods_.count(in.operands[0])) {
        out_ += "  " + val(&in) + " = " + val(in.operands[0]) + " == MOLT_STOP ? 0 : molt_unpack(" +
                val(in.operands[0]) + ", 2, u" + std::to_string(in.id) + ");\n";
        failCheck(in, val(&in) + " < 0");
        return;
      }
      out_ += "  " + val(&in) + " = molt_unpack(" + val(in.operands[0]) + ", " +
              std::to_string(in.imm) + ", u" + std::to_string(in.id) + ");\n";
      failCheck(in, val(&in) + " < 0");
      return;
    case Op::DivMod:
      if (fusedDivMods_.count(&in)) {
        const Instruction *u = fusedDivMods_.at(&in);
        out_ += "  " + val(&in) + " = mlt_divmod_into(" + val(in.operands[0]) + ", " +
                val(in.operands[1]) + ", u" + std::to_string(u->id) + ");\n";
        failCheck(in, val(&in) + " == MOLT_ERROR");
        return;
      }
      break;
    case Op::UnpackEx:
      out_ += "  " + val(&in) + " = molt_unpack_ex(" + val(in.operands[0]) + ", " +
              std::to_string(in.imm) + ", " + std::to_string(in.imm2) + ", u" +
              std::to_string(in.id) + ");\n";
      failCheck(in, val(&in) + " < 0");
      return;
    case Op::Yield: {
      int k = yieldIndex_.at(&in);
      out_ += "  rv = " + val(in.operands[0]) + ";\n  g->state = " + std::to_string(k) +
              ";\n  goto mlt_suspend;\nmlt_resume_" + std::to_string(k) + ":\n  " + val(&in) +
              " = sent;\n";
      failCheck(in, val(&in) + " == MOLT_ERROR");
      return;
    }
    case Op::IntExpr:
      emitIntExpr(in);
      return;
    case Op::Extract:
      out_ += "  " + val(&in) + " = u" + std::to_string(in.operands[0]->id) + "[" +
              std::to_string(in.imm) + "];\n";
      return;
    default:
      break;
    }
    std::string e = expand(in);
    if (in.op == Op::GetAttr || in.op == Op::SetAttr) {
      // A per-site attribute cache (filled on the first access).
      bool get = in.op == Op::GetAttr;
      std::string call = get ? "mlt_getattr_c(" : "mlt_setattr_c(";
      std::string args = e.substr(std::string(get ? "molt_getattr(" : "molt_setattr(").size());
      args.pop_back(); // ')'
      out_ += "  " + val(&in) + " = " + call + args + ", &molt_ac_" + m_.cname + "[" +
              std::to_string(attrCaches_++) + "]);\n";
      failCheck(in, val(&in) + (get ? " == MOLT_ERROR" : " < 0"));
      return;
    }
    if (in.op == Op::CallMethod) {
      // A per-site method cache (filled on the first call).
      out_ += "  " + val(&in) + " = mlt_call_method_c(&molt_mc_" + m_.cname + "[" +
              std::to_string(methodCaches_++) + "], " +
              e.substr(std::string("molt_call_method(").size()) + ";\n";
      failCheck(in, val(&in) + " == MOLT_ERROR");
      return;
    }
    if (in.type != Type::Void)
      out_ += "  " + val(&in) + " = " + e + ";\n";
    else
      out_ += "  " + e + ";\n";
    if (in.mayFail()) {
      if (in.type == Type::Value)
        failCheck(in, val(&in) + " == MOLT_ERROR");
      else
        failCheck(in, val(&in) + " < 0");
    }
  }

  void emitFunction(const Function &f) {
    fn_ = &f;
    curLine_ = 0;
    bool module = f.kind == FuncKind::ModuleBody;
    codeInfo_ = module ? "&ci_module" : "&fi_" + f.cname + ".code";
    // Reachable blocks, in creation order.
    std::set<const BasicBlock *> reach;
    std::vector<const BasicBlock *> work{f.blocks[0].get()};
    reach.insert(f.blocks[0].get());
    while (!work.empty()) {
      const BasicBlock *b = work.back();
      work.pop_back();
      for (const BasicBlock *s : successors(b))
        if (reach.insert(s).second) work.push_back(s);
    }
    std::vector<const BasicBlock *> order;
    for (auto &b : f.blocks)
      if (reach.count(b.get())) order.push_back(b.get());
    std::set<const BasicBlock *> labeled;
    for (const BasicBlock *b : order)
      for (const BasicBlock *s : successors(b))
        labeled.insert(s);

    bool gen = f.isGenerator;
    backTargets_.clear();
    findBackEdges(order);
    findFusedDivMods(order);
    chunked_ = !gen && !backEdges_.empty();
    chunkVars_.clear();
    if (chunked_) chunkVars_ = bodyVars(f, order);
    std::set<const Instruction *> inFrame;
    yieldIndex_.clear();
    if (gen) {
      inFrame = frameValues(order);
      // The frame keeps the function object only for its closure cells.
      genClosure_ = false;
      for (const BasicBlock *b : order)
        for (auto &i : b->insts)
          if (i->op == Op::LoadFree || i->op == Op::StoreFree || i->op == Op::DelFree ||
              i->op == Op::CellOfFree)
            genClosure_ = true;
      for (const BasicBlock *b : order)
        for (auto &i : b->insts)
          if (i->op == Op::Yield) {
            int k = static_cast<int>(yieldIndex_.size()) + 1;
            yieldIndex_[i.get()] = k;
          }
      emitGeneratorFrame(f, inFrame);
    }
    if (chunked_)
      out_ += chunkedHeader(f);
    else if (module)
      out_ += "\nstatic int mod_body(MoltValue module) {\n  int rv = 0;\n";
    else if (gen)
      out_ += "\nstatic MoltValue " + f.cname +
              "_resume(MoltGenerator *g, MoltValue sent) {\n  struct fr_" + f.cname +
              " *F = " + "(struct fr_" + f.cname +
              " *)molt_gen_frame(g);\n  MoltValue rv = MOLT_NONE;\n" +
              frameDefines(f, inFrame, true);
    else
      out_ += "\nstatic MoltValue " + f.cname + "_body(" + bodyParams(f) +
              ") {\n  MoltValue rv = MOLT_NONE;\n";
    if (!gen)
      for (size_t s = 0; s < f.slots.size(); ++s)
        out_ += "  MoltValue l" + std::to_string(s) + " = MOLT_UNBOUND; /* " +
                commentSafe(f.slots[s].name) + " */\n";
    for (const BasicBlock *b : order)
      for (auto &i : b->insts) {
        if (i->type == Type::Void) continue;
        if (gen && inFrame.count(i.get())) {
          if (i->op == Op::Unpack || i->op == Op::UnpackEx) {
            int64_t n = i->op == Op::Unpack ? i->imm : i->imm + 1 + i->imm2;
            out_ +=
                "  MoltValue u" + std::to_string(i->id) + "[" + std::to_string(n ? n : 1) + "];\n";
          }
          continue;
        }
        const char *ct = i->type == Type::Value ? "MoltValue"
                         : i->type == Type::I64 ? "int64_t"
                         : i->type == Type::F64 ? "double"
                                                : "int";
        out_ += "  " + std::string(ct) + " " + val(i.get()) + " = 0;\n";
        if (i->op == Op::Unpack || i->op == Op::UnpackEx) {
          int64_t n = i->op == Op::Unpack ? i->imm : i->imm + 1 + i->imm2;
          out_ +=
              "  MoltValue u" + std::to_string(i->id) + "[" + std::to_string(n ? n : 1) + "];\n";
        }
      }
    if (!module && (!gen || genClosure_)) out_ += "  (void)self_fn;\n";
    if (gen) {
      out_ += "  switch (g->state) {\n  case MOLT_GEN_START:\n    break;\n";
      for (int k = 1; k <= static_cast<int>(yieldIndex_.size()); ++k)
        out_ +=
            "  case " + std::to_string(k) + ":\n    goto mlt_resume_" + std::to_string(k) + ";\n";
      out_ += "  default:\n    goto mlt_exit;\n  }\n";
      // throw() into a generator that has not started: raised at its first line.
      out_ += "  if (sent == MOLT_ERROR) { molt_tb_add(" + codeInfo_ + ", " +
              std::to_string(f.firstLine) + ", 0, " + std::to_string(f.firstLine) +
              ", 0); goto mlt_error; }\n";
    } else {
      if (chunked_) out_ += chunkResume();
      out_ += module ? "  if (molt_enter() < 0) return -1;\n  mlt_init_constants();\n"
                     : "  if (molt_enter() < 0) return MOLT_ERROR;\n";
    }
    for (size_t k = 0; k < order.size(); ++k) {
      const BasicBlock *b = order[k];
      const BasicBlock *next = k + 1 < order.size() ? order[k + 1] : nullptr;
      curBlock_ = b;
      if (labeled.count(b)) out_ += "bb" + std::to_string(b->id) + ":;\n";
      for (auto &i : b->insts)
        emitInst(*i, next);
    }
    out_ += "mlt_error:\n";
    out_ += module ? "  rv = -1;\n" : "  rv = MOLT_ERROR;\n";
    // A generator's frame is dead once it is left (the state becomes DONE and
    // nothing reads the frame again), so its slots are dropped, not cleared.
    out_ += "mlt_exit:\n";
    for (size_t s = 0; s < f.slots.size(); ++s)
      if (f.slots[s].kind != SlotKind::Temp && !f.slots[s].borrowed)
        out_ += "  molt_xdecref(l" + std::to_string(s) + ");\n";
    if (gen) {
      for (uint32_t i = 0; i < f.numParams; ++i)
        out_ += "  molt_xdecref(p" + std::to_string(i) + ");\n";
      if (genClosure_) out_ += "  molt_decref(self_fn);\n";
      out_ += "  g->state = MOLT_GEN_DONE;\n  return rv;\nmlt_suspend:\n  return rv;\n";
      out_ += frameDefines(f, inFrame, false) + "}\n";
      emitGeneratorBody(f, inFrame);
    } else {
      out_ += "  molt_leave();\n  return rv;\n";
      if (chunked_) out_ += chunkStubs(f);
      out_ += "}\n";
    }
    chunked_ = false;
    if (!module) emitEntry(f);
    if (!module && f.emitNew) emitNew(f);
  }

  /// The successors of a block's instructions (jump targets and unwind edges).
  static std::vector<const BasicBlock *> successors(const BasicBlock *b) {
    std::vector<const BasicBlock *> r;
    for (auto &i : b->insts) {
      const BasicBlock *succ[3] = {i->targets[0], i->targets[1],
                                   (i->mayFail() || i->op == Op::Unwind) ? i->unwind : nullptr};
      for (const BasicBlock *s : succ)
        if (s) r.push_back(s);
    }
    return r;
  }

  /// The back edges of a depth-first walk from the entry (every cycle has
  /// one).
  void findBackEdges(const std::vector<const BasicBlock *> &order) {
    backEdges_.clear();
    if (order.empty()) return;
    std::set<const BasicBlock *> onStack, done;
    // Iterative DFS: (block, its successors, next successor index).
    struct Frame {
      const BasicBlock *b;
      std::vector<const BasicBlock *> succ;
      size_t next;
    };
    std::vector<Frame> stack{{order[0], successors(order[0]), 0}};
    onStack.insert(order[0]);
    while (!stack.empty()) {
      Frame &fr = stack.back();
      if (fr.next == fr.succ.size()) {
        onStack.erase(fr.b);
        done.insert(fr.b);
        stack.pop_back();
        continue;
      }
      const BasicBlock *s = fr.succ[fr.next++];
      if (onStack.count(s)) {
        backEdges_.insert({fr.b, s});
      } else if (!done.count(s)) {
        onStack.insert(s);
        stack.push_back({s, successors(s), 0});
      }
    }
  }

  /// The C variables of a non-generator function body besides its parameters:
  /// (type, name, array length or 0), in declaration order.
  struct CVar {
    std::string type, name;
    int64_t array;
  };
  /// Only the values a chunk can leave live: the slots and the values used
  /// outside the block that defines them (a chunk ends between blocks).
  std::vector<CVar> bodyVars(const Function &f,
                             const std::vector<const BasicBlock *> &order) const {
    std::vector<CVar> vs{{chunkSig(f).type, "rv", 0}};
    for (size_t s = 0; s < f.slots.size(); ++s)
      vs.push_back({"MoltValue", "l" + std::to_string(s), 0});
    std::set<const Instruction *> live = frameValues(order);
    for (const BasicBlock *b : order)
      for (auto &i : b->insts) {
        if (i->type == Type::Void || !live.count(i.get())) continue;
        vs.push_back({ctype(i->type), val(i.get()), 0});
        if (i->op == Op::Unpack || i->op == Op::UnpackEx) {
          int64_t n = i->op == Op::Unpack ? i->imm : i->imm + 1 + i->imm2;
          vs.push_back({"MoltValue", "u" + std::to_string(i->id), n ? n : 1});
        }
      }
    return vs;
  }

  /// How a chunked body is named and called: module bodies are `int
  /// mod_body(MoltValue module)`, functions `MoltValue <cname>_body(self_fn, p...)`.
  struct ChunkSig {
    std::string base, type, params, args, rvInit, again;
  };
  static ChunkSig chunkSig(const Function &f) {
    if (f.kind == FuncKind::ModuleBody)
      return {"mod", "int", "MoltValue module", "module", "0", "1"};
    std::string args = "self_fn";
    for (uint32_t i = 0; i < f.numParams; ++i)
      args += ", p" + std::to_string(i);
    return {f.cname, "MoltValue", bodyParams(f), args, "MOLT_NONE", "MLT_CHUNK_AGAIN"};
  }

  /// A chunked body (wasm): the struct its variables are kept in between
  /// chunks, the _body wrapper that re-enters _run, and the header of _run.
  std::string chunkedHeader(const Function &f) {
    ChunkSig g = chunkSig(f);
    std::string ck = "struct ck_" + g.base, run = g.base + "_run", body = g.base + "_body";
    std::string r = "\n#ifdef MLT_CHUNKED\n" + ck + " {\n  int resume;\n";
    for (const CVar &v : chunkVars_)
      r += "  " + v.type + " " + v.name +
           (v.array ? "[" + std::to_string(v.array) + "]" : std::string()) + ";\n";
    // noinline: the point is a function boundary V8 can swap code at.
    r += "};\nstatic __attribute__((noinline)) " + g.type + " " + run + "(" + g.params + ", " + ck +
         " *mlt_ck);\n";
    r += "static " + g.type + " " + body + "(" + g.params + ") {\n  " + ck + " ck;\n  " + g.type +
         " r;\n  ck.resume = 0;\n  do\n    r = " + run + "(" + g.args +
         ", &ck);\n  while (r == " + g.again + ");\n  return r;\n}\n";
    r += "static " + g.type + " " + run + "(" + g.params + ", " + ck +
         " *mlt_ck) {\n#else\nstatic " + g.type + " " + body + "(" + g.params + ") {\n#endif\n  " +
         g.type + " rv = " + g.rvInit + ";\n";
    return r;
  }

  /// Copies every variable between the C locals and the chunk struct.
  std::string chunkCopy(bool save) const {
    std::string r;
    auto one = [&](const std::string &n) {
      r += save ? "  mlt_ck->" + n + " = " + n + ";\n" : "  " + n + " = mlt_ck->" + n + ";\n";
    };
    for (const CVar &v : chunkVars_) {
      if (!v.array) {
        one(v.name);
        continue;
      }
      for (int64_t k = 0; k < v.array; ++k)
        one(v.name + "[" + std::to_string(k) + "]");
    }
    return r;
  }

  /// At the top of _run: a re-entered chunk restores the variables and
  /// continues at the loop header it stopped before.
  std::string chunkResume() const {
    return "#ifdef MLT_CHUNKED\n  int mlt_budget = MLT_CHUNK_BUDGET;\n  if (mlt_ck->resume) {\n" +
           chunkCopy(false) + "    goto mlt_chunk_in;\n  }\n#endif\n";
  }

  /// The bbN_chk stubs backward jumps go through, and the chunk exit.
  std::string chunkStubs(const Function &f) const {
    std::string r = "#ifdef MLT_CHUNKED\nmlt_chunk_out:\n" + chunkCopy(true) + "  return " +
                    chunkSig(f).again + ";\nmlt_chunk_in:\n  switch (mlt_ck->resume) {\n";
    int k = 0;
    for (int id : backTargets_)
      r += "  case " + std::to_string(++k) + ": goto bb" + std::to_string(id) + ";\n";
    r += "  default: goto mlt_error;\n  }\n#endif\n";
    k = 0;
    for (int id : backTargets_) {
      std::string bb = "bb" + std::to_string(id);
      r.append(bb).append("_chk:\n#ifdef MLT_CHUNKED\n  if (MLT_UNLIKELY(--mlt_budget == 0)) {\n");
      r.append("    mlt_ck->resume = ").append(std::to_string(++k)).append(";\n");
      r.append("    goto mlt_chunk_out;\n  }\n#endif\n  goto ").append(bb).append(";\n");
    }
    return r;
  }

  static const char *ctype(Type t) {
    return t == Type::Value ? "MoltValue"
           : t == Type::I64 ? "int64_t"
           : t == Type::F64 ? "double"
                            : "int";
  }

  /// SSA values of a generator that must survive a suspension: used in another
  /// block than their definition (conservative), or after a Yield of their own
  /// block (the Yield's cleanup list counts as a use after it).
  static std::set<const Instruction *> frameValues(const std::vector<const BasicBlock *> &order) {
    std::set<const Instruction *> r;
    for (const BasicBlock *b : order) {
      std::set<const Instruction *> before; // defined in b, no Yield since
      std::set<const Instruction *> defined;
      for (auto &ip : b->insts) {
        const Instruction *i = ip.get();
        auto use = [&](const Instruction *v, bool afterYield) {
          if (!defined.count(v) || !before.count(v) || afterYield) r.insert(v);
        };
        for (const Instruction *o : i->operands)
          use(o, false);
        for (const Instruction *c : i->cleanup)
          use(c, i->op == Op::Yield);
        if (i->op == Op::Yield) before.clear();
        if (i->type != Type::Void) {
          defined.insert(i);
          before.insert(i);
        }
      }
    }
    // Values never used across blocks stay C locals; values defined in one
    // block and used in another are in r (their use saw them undefined).
    return r;
  }

  /// The SSA values kept in a generator frame, in definition order.
  static std::vector<const Instruction *> frameOrder(const std::set<const Instruction *> &inFrame) {
    std::vector<const Instruction *> vs(inFrame.begin(), inFrame.end());
    std::sort(vs.begin(), vs.end(),
              [](const Instruction *a, const Instruction *b) { return a->id < b->id; });
    return vs;
  }

  void emitGeneratorFrame(const Function &f, const std::set<const Instruction *> &inFrame) {
    out_ += "\nstruct fr_" + f.cname + " {\n";
    if (genClosure_) out_ += "  MoltValue self_fn;\n  const MoltValue *clo;\n";
    for (uint32_t i = 0; i < f.numParams; ++i)
      out_ += "  MoltValue p" + std::to_string(i) + ";\n";
    for (size_t s = 0; s < f.slots.size(); ++s)
      out_ +=
          "  MoltValue l" + std::to_string(s) + "; /* " + commentSafe(f.slots[s].name) + " */\n";
    for (const Instruction *i : frameOrder(inFrame))
      out_ += "  " + std::string(ctype(i->type)) + " " + val(i) + ";\n";
    out_ += "};\n";
  }

  /// #define (or #undef) the frame's names so the body's C text reads the frame.
  std::string frameDefines(const Function &f, const std::set<const Instruction *> &inFrame,
                           bool define) const {
    std::vector<std::string> names;
    if (genClosure_) names.push_back("self_fn");
    for (uint32_t i = 0; i < f.numParams; ++i)
      names.push_back("p" + std::to_string(i));
    for (size_t s = 0; s < f.slots.size(); ++s)
      names.push_back("l" + std::to_string(s));
    for (const Instruction *i : frameOrder(inFrame))
      names.push_back(val(i));
    std::string r;
    for (const std::string &n : names)
      r += define ? "#define " + n + " (F->" + n + ")\n" : "#undef " + n + "\n";
    // Free variables: the closure array is looked up once, when the generator is made.
    if (genClosure_) r += define ? "#define mlt_closure(fn) (F->clo)\n" : "#undef mlt_closure\n";
    return r;
  }

  /// The body of a generator function: allocates the generator and its frame.
  void emitGeneratorBody(const Function &f, const std::set<const Instruction *> &inFrame) {
    out_ += "\nstatic MoltValue " + f.cname + "_body(" + bodyParams(f) + ") {\n";
    out_ += "  MoltValue gv = molt_gen_new(self_fn, &fi_" + f.cname + ".code, " + f.cname +
            "_resume, sizeof(struct fr_" + f.cname + "), " + std::to_string(f.genKind) + ");\n";
    out_ += "  struct fr_" + f.cname + " *F;\n  if (gv == MOLT_ERROR) return MOLT_ERROR;\n";
    out_ += "  F = (struct fr_" + f.cname + " *)molt_gen_frame((MoltGenerator *)molt_ptr(gv));\n";
    if (genClosure_)
      out_ += "  F->self_fn = molt_newref(self_fn);\n  F->clo = mlt_closure(self_fn);\n";
    for (uint32_t i = 0; i < f.numParams; ++i)
      out_ += "  F->p" + std::to_string(i) + " = molt_newref(p" + std::to_string(i) + ");\n";
    for (size_t s = 0; s < f.slots.size(); ++s)
      out_ += "  F->l" + std::to_string(s) + " = MOLT_UNBOUND;\n";
    // molt_gen_new does not clear the frame: SSA values kept in it are
    // written before they are read, but start them at 0 all the same.
    for (const Instruction *i : frameOrder(inFrame))
      out_ += "  F->" + val(i) + " = 0;\n";
    out_ += "  return gv;\n}\n";
  }

  static std::string commentSafe(const std::string &s) {
    std::string r;
    for (unsigned char c : s)
      r += (c < 0x20 || c >= 0x7f || c == '*' || c == '/') ? '_' : c;
    return r;
  }

  // Parameters of a constructor helper: the class, then __init__'s
  // parameters after self.
  static std::string newParams(const Function &f) {
    std::string p = "MoltValue cls";
    for (uint32_t i = 1; i < f.numParams; ++i)
      p += ", MoltValue p" + std::to_string(i);
    return p;
  }

  // C(args) for a class C whose __init__ is f: a plain class gets a new
  // instance and f's body entered directly; anything else (another value in
  // the global, a custom __new__ or metaclass, a replaced __init__) is an
  // ordinary call.
  void emitNew(const Function &f) {
    uint32_t n = f.numParams - 1;
    std::string args, argv = n ? "(MoltValue[]){" : "NULL";
    for (uint32_t i = 1; i < f.numParams; ++i) {
      args += ", p" + std::to_string(i);
      argv += (i > 1 ? ", p" : "p") + std::to_string(i);
    }
    if (n) argv += "}";
    out_ += "\nstatic MoltValue " + f.cname + "_new(" + newParams(f) + ") {\n";
    out_ += "  MoltValue fn, r, obj = molt_new_plain(cls, &fi_" + f.cname + ", &fn);\n";
    out_ += "  if (MLT_UNLIKELY(obj == MOLT_UNBOUND)) return molt_call(cls, " + argv + ", " +
            std::to_string(n) + ", MOLT_NONE);\n";
    out_ += "  if (MLT_UNLIKELY(obj == MOLT_ERROR)) return obj;\n";
    out_ += "  r = " + f.cname + "_body(fn, obj" + args + ");\n";
    out_ += "  molt_decref(fn);\n";
    out_ += "  if (MLT_LIKELY(r == MOLT_NONE)) return obj;\n";
    out_ += "  return molt_init_failed(obj, r);\n}\n";
  }

  static bool hasBorrowedParams(const Function &f) {
    for (bool b : f.borrowedParams)
      if (b) return true;
    return false;
  }

  // The generic entry (molt_call and the runtime: borrowed parameters get a
  // reference around the body) and, when the body borrows parameters, the
  // held-arguments entry for compiled call sites (no references taken).
  void emitEntry(const Function &f) {
    emitEntryAs(f, f.cname + "_entry", true);
    if (hasBorrowedParams(f)) emitEntryAs(f, f.cname + "_hentry", false);
  }

  void emitEntryAs(const Function &f, const std::string &name, bool protect) {
    std::string body = f.cname + "_body";
    out_ += "\nstatic MoltValue " + name +
            "(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {\n";
    uint32_t np = f.numParams;
    out_ += "  MoltValue a[" + std::to_string(np ? np : 1) + "];\n  MoltValue r;\n";
    bool simple = !f.varargs && !f.varkeywords && f.kwonlyargcount == 0;
    if (simple) {
      // The runtime may pass arguments borrowed from a container the body
      // can mutate: parameters the body borrows get a reference here.
      std::string inc, dec;
      for (uint32_t i = 0; protect && i < np; ++i)
        if (i < f.borrowedParams.size() && f.borrowedParams[i]) {
          inc += (inc.empty() ? "" : " ") + std::string("molt_incref(args[") + std::to_string(i) +
                 "]);";
          dec += " molt_decref(args[" + std::to_string(i) + "]);";
        }
      out_ += "  if (kwnames == MOLT_NONE && nargs == " + std::to_string(f.argcount) + ") ";
      out_ += inc.empty() ? "return " : "{\n    " + inc + "\n    r = ";
      out_ += body + "(self";
      for (uint32_t i = 0; i < np; ++i)
        out_ += ", args[" + std::to_string(i) + "]";
      out_ += ");\n";
      if (!inc.empty()) out_ += "   " + dec + "\n    return r;\n  }\n";
    }
    out_ += "  if (molt_bind_args(self, args, nargs, kwnames, a) < 0) return MOLT_ERROR;\n";
    out_ += "  r = " + body + "(self";
    for (uint32_t i = 0; i < np; ++i)
      out_ += ", a[" + std::to_string(i) + "]";
    out_ += ");\n";
    for (uint32_t i = 0; i < np; ++i)
      out_ += "  molt_decref(a[" + std::to_string(i) + "]);\n";
    out_ += "  return r;\n}\n";
  }
};

bool lowerAndVerify(const sema::Program &p, std::vector<std::unique_ptr<Module>> &mods,
                    std::vector<sema::Diagnostic> &diags) {
  if (!lower::lowerProgram(p, mods, diags)) return false;
  for (auto &m : mods)
    opt::optimizeModule(*m);
  bool ok = true;
  for (size_t i = 0; i < mods.size(); ++i) {
    std::vector<std::string> errors;
    for (auto &f : mods[i]->functions)
      verifyFunction(*f, errors);
    for (const std::string &e : errors) {
      sema::Diagnostic d;
      d.filename = p.modules[i]->path;
      d.kind = "error";
      d.message = "internal compiler error: invalid IR: " + e;
      diags.push_back(d);
      ok = false;
    }
  }
  return ok;
}

} // namespace

bool generateProgram(const sema::Program &p, const Options &o, std::vector<CUnit> &out,
                     std::vector<sema::Diagnostic> &diags) {
  std::vector<std::unique_ptr<Module>> mods;
  if (p.modules.empty()) return false;
  if (!lowerAndVerify(p, mods, diags)) return false;
  std::vector<std::string> names;
  for (auto &m : mods)
    names.push_back(m->cname);
  for (auto &m : mods) {
    ModuleEmitter em(*m, o, names);
    out.push_back({m->name + ".c", em.run(), m->library});
  }
  // Native modules the program imports: main registers them, so that only
  // their runtime files are linked (runtime/modules/native.h).
  std::set<std::string> natives;
  for (auto &m : mods)
    for (auto &f : m->functions)
      for (auto &bb : f->blocks)
        for (auto &in : bb->insts)
          if (in->op == Op::ImportNative && in->str != "sys") natives.insert(in->str);
  std::string decls, regs;
  for (const std::string &n : natives) {
    decls += "extern MoltNativeModule molt_native_" + n + ";\n";
    regs += "  molt_register_native(&molt_native_" + n + ");\n";
  }
  CUnit mainUnit;
  mainUnit.fileName = "molt_main.c";
  mainUnit.code = "/* Generated by molt. Do not edit. */\n#include \"molt/molt.h\"\n\nextern const "
                  "MoltModuleInfo molt_modinfo_" +
                  mods[0]->cname + ";\n";
  if (!natives.empty())
    mainUnit.code += "typedef struct MoltNativeModule MoltNativeModule;\n"
                     "void molt_register_native(MoltNativeModule *m);\n" +
                     decls;
  // Optional runtime parts the program can reach (Features.h).
  for (const std::string &f : runtimeFeatures(mods)) {
    mainUnit.code += "void " + f + "(void);\n";
    regs += "  " + f + "();\n";
  }
  mainUnit.code += "\nint main(int argc, char **argv) {\n" + regs +
                   "  return molt_main(argc, argv, &molt_modinfo_" + mods[0]->cname + ");\n}\n";
  out.push_back(mainUnit);
  return true;
}

std::string printProgramIR(const sema::Program &p, std::vector<sema::Diagnostic> &diags) {
  std::vector<std::unique_ptr<Module>> mods;
  if (lower::lowerProgram(p, mods, diags))
    for (auto &m : mods)
      opt::optimizeModule(*m);
  std::string r;
  for (auto &m : mods)
    r += printModule(*m);
  return r;
}

} // namespace molt::codegen
