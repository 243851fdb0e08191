/* exceptionobject.h: instance layouts of the builtin exception types
 * (runtime/objects/exceptions.cpp). Every exception instance starts with
 * MoltBaseExceptionObject; types with extra fields extend it. A user
 * subclass's instance starts with the layout of its nearest builtin base. */
#ifndef MOLT_EXCEPTIONOBJECT_H
#define MOLT_EXCEPTIONOBJECT_H

#include "molt/molt.h"

#ifdef __cplusplus
extern "C" {
#endif

/** BaseException and every type without extra fields. */
typedef struct MoltBaseExceptionObject {
  MoltObject ob;
  MoltValue args;      /* tuple */
  MoltValue traceback; /* traceback object or MOLT_NONE */
  MoltValue cause;     /* exception or MOLT_NONE */
  MoltValue context;   /* exception or MOLT_NONE */
  MoltValue notes;     /* __notes__ (any object) or MOLT_UNBOUND when absent */
  MoltValue dict;      /* extra attributes (dict) or MOLT_NONE until first set */
  int32_t suppress_context;
} MoltBaseExceptionObject;

/** StopIteration / StopAsyncIteration. */
typedef struct MoltStopIterationObject {
  MoltBaseExceptionObject base;
  MoltValue value;
} MoltStopIterationObject;

/** SystemExit. */
typedef struct MoltSystemExitObject {
  MoltBaseExceptionObject base;
  MoltValue code;
} MoltSystemExitObject;

/** OSError and subclasses. */
typedef struct MoltOSErrorObject {
  MoltBaseExceptionObject base;
  MoltValue myerrno, strerror, filename, filename2;
} MoltOSErrorObject;

/** ImportError / ModuleNotFoundError. */
typedef struct MoltImportErrorObject {
  MoltBaseExceptionObject base;
  MoltValue msg, name, path;
} MoltImportErrorObject;

/** NameError / UnboundLocalError. */
typedef struct MoltNameErrorObject {
  MoltBaseExceptionObject base;
  MoltValue name;
  /* For the "Did you mean: 'self.x'?" hint of a NameError raised by a name
     lookup in a function that has a local `self` (a parameter or a plain
     local): a 1-tuple of its value, () when it was unbound; None otherwise. */
  MoltValue self_hint;
} MoltNameErrorObject;

/** AttributeError. */
typedef struct MoltAttributeErrorObject {
  MoltBaseExceptionObject base;
  MoltValue name, obj;
} MoltAttributeErrorObject;

/** SyntaxError and subclasses. */
typedef struct MoltSyntaxErrorObject {
  MoltBaseExceptionObject base;
  MoltValue msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
} MoltSyntaxErrorObject;

/** UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError. */
typedef struct MoltUnicodeErrorObject {
  MoltBaseExceptionObject base;
  MoltValue encoding, object, start, end, reason;
} MoltUnicodeErrorObject;

/** BaseExceptionGroup / ExceptionGroup. */
typedef struct MoltExceptionGroupObject {
  MoltBaseExceptionObject base;
  MoltValue msg, excs; /* str, tuple of exceptions */
} MoltExceptionGroupObject;

/** The traceback type (entries recorded by molt_tb_add). */
extern MoltType molt_type_traceback;

#ifdef __cplusplus
}
#endif

#endif /* MOLT_EXCEPTIONOBJECT_H */
