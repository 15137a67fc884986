"""What the generated typed API (typed.py) stands on: dataclasses to wasmtime values and
back by their type hints, and one call path through the owning client's instance."""

from __future__ import annotations

import dataclasses
import enum
import functools
import reprlib
import sys
import threading
import typing
from typing import Any

from wasmtime.component import Record, Variant

_T = typing.TypeVar("_T")


@typing.dataclass_transform(kw_only_default=True, field_specifiers=(dataclasses.field,))
def _record(cls: type[_T]) -> type[_T]:
    """A keyword-only dataclass, as type checkers see it, whose `__init__`, `__repr__`
    and `__eq__` are shared, not generated per class, and which becomes a dataclass when
    first used (see `_Fields`): generating the methods for 329 records (dataclasses
    compiles each from source) made importing the typed API cost 200 ms."""
    cls.__dataclass_fields__ = _UNMADE  # type: ignore[attr-defined]
    cls.__init__ = _init  # type: ignore[assignment]
    cls.__repr__ = _repr  # type: ignore[assignment]
    cls.__eq__ = _eq  # type: ignore[assignment]
    cls.__hash__ = None  # type: ignore[assignment]
    return cls


class _Fields:
    """A record's `__dataclass_fields__` until something reads it (`dataclasses.fields`,
    `is_dataclass`, making a record): reading it makes the class a dataclass, which puts
    the real fields in its place, once, under a lock."""

    _lock = threading.RLock()

    def __get__(self, instance: Any, owner: type) -> Any:
        with self._lock:
            if owner.__dict__["__dataclass_fields__"] is self:
                dataclasses.dataclass(owner, kw_only=True, init=False, repr=False, eq=False)
            return owner.__dict__["__dataclass_fields__"]


_UNMADE = _Fields()


_MISSING = dataclasses.MISSING


@functools.lru_cache(maxsize=None)
def _plan(cls: type) -> tuple[tuple[tuple[str, Any, Any], ...], frozenset[str]]:
    fields = tuple((f.name, f.default, f.default_factory) for f in dataclasses.fields(cls))
    return fields, frozenset(name for name, _, _ in fields)


def _init(self: Any, **given: Any) -> None:
    """What a keyword-only dataclass's `__init__` does: a TypeError for an unknown
    keyword, then each field given, else its default, else a TypeError naming it."""
    cls = type(self)
    fields, names = _plan(cls)
    for name in given:
        if name not in names:
            raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword argument '{name}'")
    for name, default, factory in fields:
        if name in given:
            value = given[name]
        elif factory is not _MISSING:
            value = factory()
        elif default is not _MISSING:
            value = default
        else:
            raise TypeError(f"{cls.__qualname__}.__init__() missing 1 required keyword-only argument: '{name}'")
        setattr(self, name, value)


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    fields = _plan(type(self))[0]
    return tuple(getattr(self, name) for name, _, _ in fields) == tuple(getattr(other, name) for name, _, _ in fields)


class _Record(Record):
    """A WIT record built from keyword arguments; wasmtime reads fields by their WIT names."""

    def __init__(self, **fields: Any):
        for name, value in fields.items():
            setattr(self, name.replace("_", "-"), value)


def _wit_name(field: str) -> str:
    # A trailing `_` only keeps a Python keyword apart (`from_`); WIT names never end so.
    return field.rstrip("_").replace("_", "-")


def to_wit(value: Any) -> Any:
    """A dataclass (and everything in it) as the values wasmtime passes to the component."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _Record(**{_wit_name(f.name).replace("-", "_"): to_wit(getattr(value, f.name)) for f in dataclasses.fields(value)})
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [to_wit(v) for v in value]
    if isinstance(value, tuple):
        return tuple(to_wit(v) for v in value)
    return value


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))


def from_wit(value: Any, hint: Any) -> Any:
    """A wasmtime value as the type `hint` names: dataclasses, enums, lists, options."""
    if value is None:
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union:
        return from_wit(value, next(a for a in args if a is not type(None)))
    if origin is list:
        return [from_wit(v, args[0]) for v in value]
    if origin is tuple:
        return tuple(from_wit(v, a) for v, a in zip(value, args))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{f.name: from_wit(getattr(value, _wit_name(f.name)), hints[f.name]) for f in dataclasses.fields(hint)})
    if hint is bytes:
        return bytes(value)
    return value


class _Interface:
    """One WIT interface of the client that owns it."""

    _name = ""

    def __init__(self, owner: Any):
        self._owner = owner

    def _call(self, function: str, args: tuple, returns: Any, *, client: bool, result: bool) -> Any:
        func = self._owner._export(self._name, function)
        leading = (self._owner._client,) if client else ()
        out = self._owner._invoke(func, *leading, *(to_wit(a) for a in args))
        if result and isinstance(out, Variant):
            raise self._owner._error(out)
        return from_wit(out, returns)


class _AsyncInterface:
    """The asyncio twin of an interface: each call runs the synchronous method on one of
    the owning AsyncSmartlead's instances, in a worker thread."""

    _attr = ""

    def __init__(self, owner: Any):
        self._owner = owner

    async def _run(self, method: str, **arguments: Any) -> Any:
        return await self._owner._run_on(lambda client: getattr(getattr(client, self._attr), method)(**arguments))
