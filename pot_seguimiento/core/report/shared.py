"""Readings several sections share (project states, indicator definitions...), computed once per build:
keyed by the open store object and the arguments, and forgotten when the store object goes."""
import functools
import weakref

_readings = weakref.WeakKeyDictionary()


def once_per_store(function):
    """Decorate `function(store, *args)` so a build computes it once for the same store and arguments."""
    @functools.wraps(function)
    def cached(store, *args):
        per_store = _readings.setdefault(store, {})
        key = (function.__qualname__, args)
        if key not in per_store:
            per_store[key] = function(store, *args)
        return per_store[key]
    return cached


def forget(store):
    _readings.pop(store, None)
