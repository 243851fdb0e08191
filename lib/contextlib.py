"""Utilities for with-statement contexts (written for Molt)."""

import sys

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress"]


def _has_methods(C, names):
    mro = C.__mro__
    for name in names:
        found = False
        for B in mro:
            if name in B.__dict__:
                if B.__dict__[name] is None:
                    return False
                found = True
                break
        if not found:
            return False
    return True


class _CMMeta(type):
    # isinstance/issubclass by structure (__enter__ and __exit__), like the ABC
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, C):
        if type.__subclasscheck__(cls, C):
            return True
        if cls is AbstractContextManager:
            return _has_methods(C, ("__enter__", "__exit__"))
        return False


class AbstractContextManager(metaclass=_CMMeta):
    """Base for context managers: __enter__ returns self; isinstance works by structure."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_GenericAlias = type(list[int])


def _wrap(wrapper, wrapped):
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


class ContextDecorator:
    """Mixin: an instance used as a decorator runs the function inside itself."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _wrap(inner, func)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager: drives the generator with next/throw."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # the generator caught the exception and finished: suppressed,
            # unless it is the very StopIteration we threw in
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a context manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _wrap(helper, func)


class closing(AbstractContextManager):
    """with closing(x): gives x, calls x.close() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another writable object inside the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another writable object inside the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exception types (and subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        return False


class nullcontext(AbstractContextManager):
    """A stand-in manager: gives enter_result, does nothing else."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


def _enter_exit(cm):
    # the type's __enter__ and __exit__, or CPython's TypeError
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    return enter, exit


class _Callback:
    # a pushed callback(*args, **kwds) seen as an __exit__ that never suppresses
    def __init__(self, callback, args, kwds):
        self.__wrapped__ = callback
        self.args = args
        self.kwds = kwds

    def __call__(self, exc_type, exc, tb):
        self.__wrapped__(*self.args, **self.kwds)


class _BoundExit:
    # cm's type's __exit__ bound to cm
    def __init__(self, cm, exit):
        self.__self__ = cm
        self.exit = exit

    def __call__(self, exc_type, exc, tb):
        return self.exit(self.__self__, exc_type, exc, tb)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks run last-in first-out when it closes."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _BoundExit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        enter, exit = _enter_exit(cm)
        result = enter(cm)
        self._exit_callbacks.append((True, _BoundExit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        self._exit_callbacks.append((True, _Callback(callback, args, kwds)))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exception()
        suppressed_exc = False
        pending_raise = False
        exc = exc_details[1] if received_exc else None
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if cb(*details):
                    suppressed_exc = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                # chain the earlier exception as the new one's context
                _fix_context(new_exc, exc, frame_exc)
                pending_raise = True
                exc = new_exc
        if pending_raise:
            try:
                fixed_ctx = exc.__context__
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc


def _fix_context(new_exc, old_exc, frame_exc):
    # make old_exc the context of new_exc, stopping at frame_exc (no cycles)
    while True:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            break
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc
