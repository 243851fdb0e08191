"""asyncio for Molt: a deterministic single-threaded event loop driving
coroutines (tasks, futures, timers, synchronization primitives, queues,
TaskGroup, timeouts).  Written for Molt; no network or subprocess I/O."""

from .exceptions import (BrokenBarrierError, CancelledError, InvalidStateError,
                         TimeoutError, IncompleteReadError, LimitOverrunError,
                         SendfileNotAvailableError)
from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, Handle, TimerHandle, get_event_loop,
                     set_event_loop, new_event_loop, get_running_loop,
                     _get_running_loop, _set_running_loop)
from .futures import Future, isfuture, wrap_future
from .tasks import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION,
                    ALL_COMPLETED, wait, wait_for, as_completed, sleep, gather,
                    shield, ensure_future, current_task, all_tasks,
                    _register_task, _unregister_task, _enter_task, _leave_task)
from .base_events import BaseEventLoop, SelectorEventLoop
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from .queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from .timeouts import Timeout, timeout, timeout_at
from .taskgroups import TaskGroup
from .runners import Runner, run

__all__ = ("BrokenBarrierError", "CancelledError", "InvalidStateError",
           "TimeoutError", "IncompleteReadError", "LimitOverrunError",
           "SendfileNotAvailableError", "iscoroutine", "iscoroutinefunction",
           "AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop",
           "set_event_loop", "new_event_loop", "get_running_loop", "Future",
           "isfuture", "wrap_future", "Task", "create_task", "FIRST_COMPLETED",
           "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for",
           "as_completed", "sleep", "gather", "shield", "ensure_future",
           "current_task", "all_tasks", "BaseEventLoop", "SelectorEventLoop",
           "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore",
           "Barrier", "Queue", "PriorityQueue", "LifoQueue", "QueueFull",
           "QueueEmpty", "Timeout", "timeout", "timeout_at", "TaskGroup",
           "Runner", "run")
