// dictobject.h: the dict object (insertion-ordered, molt/dicttable.h) and the
// runtime's dict helpers. C++ only: generated C uses molt.h's functions.
#pragma once

#include <cstdint>

#include "molt/dicttable.h"
#include "molt/object.h"

/// A dict: the compact table of (key, value) MoltValues, each holding a reference.
struct MoltDict {
  MoltObject ob;
  molt::rt::DictTable<MoltValue, MoltValue> table;
};

namespace molt::rt {

/// Dict view and iterator types.
extern MoltType molt_type_dict_keys;
extern MoltType molt_type_dict_values;
extern MoltType molt_type_dict_items;
extern MoltType molt_type_dict_keyiterator;
extern MoltType molt_type_dict_valueiterator;
extern MoltType molt_type_dict_itemiterator;
extern MoltType molt_type_dict_reversekeyiterator;
extern MoltType molt_type_dict_reversevalueiterator;
extern MoltType molt_type_dict_reverseitemiterator;

/// True if v is a dict or a dict subclass instance.
bool isDict(MoltValue v);
/// A new empty dict.
MoltValue dictNew();
/// d[k] borrowed; MOLT_UNBOUND if absent, MOLT_ERROR on error (unhashable key...).
MoltValue dictGetItem(MoltValue d, MoltValue k);
/// Iterates in insertion order: *pos starts at 0; k and v borrowed; false at the end.
bool dictNext(MoltValue d, int64_t *pos, MoltValue *k, MoltValue *v);
/// len(d).
int64_t dictSize(MoltValue d);
/// del d[k]: 1 removed, 0 absent (no exception set), -1 on error.
int dictDelItem(MoltValue d, MoltValue k);
/// d.copy() (new dict, same order).
MoltValue dictCopy(MoltValue d);
/// d.update(other) where other is a mapping or an iterable of pairs: 0 or -1.
int dictUpdateArg(MoltValue d, MoltValue other);
/// d[k] for a key whose hash is known: borrowed, MOLT_UNBOUND / MOLT_ERROR.
MoltValue dictGetItemHashed(MoltValue d, MoltValue k, hash_t h);
/// d[k] = v for a key whose hash is known: 0 or -1.
int dictSetItemHashed(MoltValue d, MoltValue k, hash_t h, MoltValue v);

/// A new view (molt_type_dict_keys/_values/_items) over dict.
MoltValue dictViewNew(MoltType *type, MoltValue dict);
/// A new iterator of one of the dict iterator types over dict.
MoltValue dictIterNew(MoltType *type, MoltValue dict);

} // namespace molt::rt
