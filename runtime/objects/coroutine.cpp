// The coroutine type: what calling an `async def` function (without `yield`)
// returns. Its frame is a generator state machine (generator.cpp runs it);
// `await` inside it delegates like `yield from`, so the value yielded by the
// innermost awaitable comes out of the outermost send(). Coroutines are not
// iterators: __await__() hands out a coroutine_wrapper for that.
#include <set>
#include <string>

#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "../core/textfmt.h"
#include "../platform/platform.h"
#include "gen_internal.h"

using namespace molt::rt;

namespace {

MoltGenerator *coroOf(MoltValue v) { return as<MoltGenerator>(v); }

MoltValue mAwait(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "expected 0 arguments, got %d",
                          static_cast<int>(nargs) - 1);
  return coroWrapperNew(args[0]);
}

// cr_await: the object this coroutine is suspended awaiting, or None.
MoltValue getAwait(MoltValue self) { return molt_newref(coroOf(self)->yf); }
MoltValue getOrigin(MoltValue) { return MOLT_NONE; }

const MethodDef kMethods[] = {
    {"send", genMethodSend, 0}, {"throw", genMethodThrow, 0}, {"close", genMethodClose, 0},
    {"__await__", mAwait, 0},   {nullptr, nullptr, 0},
};

const GetSetDef kGetSets[] = {
    {"__name__", genGetName, genSetName},   {"__qualname__", genGetQualname, genSetQualname},
    {"cr_running", genGetRunning, nullptr}, {"cr_suspended", genGetSuspended, nullptr},
    {"cr_frame", genGetFrame, nullptr},     {"cr_await", getAwait, nullptr},
    {"cr_origin", getOrigin, nullptr},      {nullptr, nullptr, nullptr},
};

} // namespace

namespace molt::rt {

// CPython warns (once per location, "default" action) when a coroutine that
// never ran is freed. Molt has no current line at that point: the location is
// the coroutine's own def line.
void (*gCoroNeverAwaitedHook)(MoltGenerator *g) = nullptr;

void coroNeverAwaited(MoltGenerator *g) {
  static std::set<std::string> shown;
  std::string_view q = sv(g->qualname);
  std::string key = std::string(g->code->filename) + ":" + std::to_string(g->code->firstline) +
                    ":" + std::string(q);
  if (!shown.insert(key).second) return;
  platform::platformFlush(platform::kStdout);
  writeStderrf("%s:%d: RuntimeWarning: coroutine '%.*s' was never awaited\n"
               "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
               g->code->filename, static_cast<int>(g->code->firstline), static_cast<int>(q.size()),
               q.data());
}

} // namespace molt::rt

// The behaviour of coroutines and of the async generator types is filled by
// molt_use_async, which the generated main calls for programs with async code
// (the words async or await; compiler/codegen/Features.cpp): only `async def`
// makes these objects.
MoltType molt_type_coroutine = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "coroutine",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltGenerator),
    .dealloc = nullptr,
    .traverse = genTraverse,
    .repr = nullptr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

extern "C" void molt_use_async_generator(void);
extern "C" void molt_use_async_generator_asend(void);
extern "C" void molt_use_async_generator_athrow(void);
extern "C" void molt_use_anext_awaitable(void);
extern "C" void molt_use_coroutine_wrapper(void);

extern "C" void molt_use_async(void) {
  using namespace molt::rt;
  molt_type_coroutine.dealloc = genDealloc;
  molt_type_coroutine.repr = genRepr;
  molt_type_coroutine.methods = kMethods;
  molt_type_coroutine.getsets = kGetSets;
  gCoroNeverAwaitedHook = coroNeverAwaited;
  molt_use_async_generator();
  molt_use_async_generator_asend();
  molt_use_async_generator_athrow();
  molt_use_anext_awaitable();
  molt_use_coroutine_wrapper();
}
