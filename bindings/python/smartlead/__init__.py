"""Smartlead.ai from Python: the smartlead WebAssembly component run by wasmtime.

The typed API groups the operations as the WIT does, with dataclasses in and out
(:mod:`smartlead.typed`, generated from the WIT)::

    from smartlead.typed import CampaignLookup
    sl = Smartlead(api_key="...")
    page = sl.campaigns.list_all_smartlead_campaigns()          # a CampaignPage
    campaign = sl.campaigns.get_single_smartlead_campaign_by_id(CampaignLookup(campaign_id=page.result[0].id))

Every operation is also a method named after its tool, taking keyword arguments and
returning plain dicts (for agents, and JSON from elsewhere)::

    sl.list_all_smartlead_campaigns(limit=10)          # {"result": [...], "next_cursor": ...}
    for lead in sl.pages("list_all_smartlead_campaign_leads", campaign_id=1):
        ...
    sl.import_leads(1, open("prospects.csv", "rb").read())   # the component's bulk import

Failures raise a subclass of :class:`SmartleadError`, one per kind of the component's
error variant.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any, Iterator, Optional

from wasmtime import Engine, Store, WasiConfig, WasmtimeError, _ffi
from wasmtime.component import Component, Linker, Variant

from ._wit import _Record
from .typed import AsyncInterfaces, Interfaces

__all__ = [
    "AsyncSmartlead",
    "Smartlead",
    "SmartleadError",
    "SmartleadInvalidInput",
    "SmartleadUnauthorized",
    "SmartleadNotFound",
    "SmartleadRateLimited",
    "SmartleadRemoteError",
    "SmartleadTransportError",
    "SmartleadDecodeError",
]

PACKAGE = "smartlead:connector"
VERSION = "0.1.0"


class SmartleadError(Exception):
    """A failure the component reported; ``kind`` is the error variant's case."""

    kind = "error"

    def __init__(self, message: str, status: Optional[int] = None, retry_after_ms: Optional[int] = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after_ms = retry_after_ms


class SmartleadInvalidInput(SmartleadError):
    """Refused before any request was sent; the message names the field."""

    kind = "invalid_input"


class SmartleadUnauthorized(SmartleadError):
    """HTTP 401/403: missing or wrong API key."""

    kind = "unauthorized"


class SmartleadNotFound(SmartleadError):
    """HTTP 404, or an empty answer where a record was expected."""

    kind = "not_found"


class SmartleadRateLimited(SmartleadError):
    """HTTP 429 after the allowed retries; ``retry_after_ms`` says how long to wait."""

    kind = "rate_limited"


class SmartleadRemoteError(SmartleadError):
    """Smartlead refused the request (4xx/5xx, or ``ok: false``)."""

    kind = "remote"


class SmartleadTransportError(SmartleadError):
    """The request did not complete: refused, reset or timed out."""

    kind = "transport"


class SmartleadDecodeError(SmartleadError):
    """Smartlead's answer was not the expected shape."""

    kind = "decode"


_ERRORS = {cls.kind.replace("_", "-"): cls for cls in SmartleadError.__subclasses__()}


def _default_wasm() -> Path:
    env = os.environ.get("SMARTLEAD_WASM")
    return Path(env) if env else Path(__file__).with_name("smartlead.wasm")


def _cache_dir() -> Optional[Path]:
    """Where compiled components are kept: ``SMARTLEAD_CACHE_DIR`` (``off`` for nowhere),
    else the user's cache folder."""
    chosen = os.environ.get("SMARTLEAD_CACHE_DIR")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "smartlead"


def _load(path: str) -> tuple[Engine, Component, bool]:
    """The component compiled for a fresh engine, and whether it came from the disk cache.

    Compiling takes about a second; the compiled code is kept on disk. Native code is
    trusted when loaded, so a file is used only when the seal beside it (written after
    it) vouches for it: its SHA-256, and how it stood when sealed (size, inode, change
    time). A file that still stands so is mapped as it is, neither read nor hashed; any
    write changes its change time, so a torn or altered file is hashed, and compiled
    again unless it is byte for byte what was sealed (a restored copy, sealed anew). The
    cache is named by how the component file stands too, so it is never read either
    when its compiled code is cached, and by this wasmtime and its engine settings.
    """
    engine = Engine()
    # The native library that compiled it, by size and time (importlib.metadata would
    # cost a fresh process 25 ms), and the engine's settings: the defaults.
    library = Path(_ffi.filename).stat()
    runtime = f"{_ffi.filename} {library.st_size} {library.st_mtime_ns} default-engine"
    source = os.path.abspath(path)
    key = hashlib.sha256(f"{source} {_stood(source)} {runtime}".encode()).hexdigest()[:32]
    cache = _cache_dir()
    entry = cache / f"smartlead-{key}.cwasm" if cache else None
    if entry is not None:
        seal = entry.with_suffix(".seal")
        try:
            checksum, stood = seal.read_text().split(" ", 1)
            if stood == _stood(entry):
                return engine, Component.deserialize_file(engine, str(entry)), True
            compiled = entry.read_bytes()
            if hashlib.sha256(compiled).hexdigest() == checksum:
                component = Component.deserialize(engine, compiled)
                _write(seal, f"{checksum} {_stood(entry)}".encode())
                return engine, component, True
        except (OSError, ValueError, WasmtimeError):
            pass
    component = Component(engine, Path(path).read_bytes())
    if entry is not None:
        try:
            _keep(entry, component.serialize())
        except OSError:
            pass  # A cache that cannot be written only costs the next process a compile.
    return engine, component, False


def _stood(path: str | Path) -> str:
    """How a file stands: its size, inode, and change and modification times, which
    any write changes."""
    s = os.stat(path)
    return f"{s.st_size} {s.st_ino} {s.st_ctime_ns} {s.st_mtime_ns}"


def _keep(entry: Path, compiled: bytes) -> None:
    """Writes the compiled component, then its seal, each whole or not at all."""
    entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    seal = entry.with_suffix(".seal")
    seal.unlink(missing_ok=True)
    _write(entry, compiled)
    _write(seal, f"{hashlib.sha256(compiled).hexdigest()} {_stood(entry)}".encode())


def _write(target: Path, data: bytes) -> None:
    """Writes `data` to `target` whole or not at all: a temporary file renamed into place."""
    import tempfile  # Only a cold cache writes: a warm start need not import it.

    fd, temporary = tempfile.mkstemp(dir=target.parent)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(temporary, target)


@functools.lru_cache(maxsize=None)
def _compiled(path: str) -> tuple[Engine, Component]:
    """One compiled component per file and process."""
    engine, component, _ = _load(path)
    return engine, component


class Smartlead(Interfaces):
    """A Smartlead client backed by one component instance (which paces its requests).

    ``api_key`` and ``base_url`` default to ``SMARTLEAD_API_KEY`` and
    ``SMARTLEAD_BASE_URL``, the other hosts' base URLs to
    ``SMARTLEAD_SMARTDELIVERY_BASE_URL``, ``SMARTLEAD_PROSPECT_BASE_URL`` and
    ``SMARTLEAD_SMART_SENDERS_BASE_URL``; ``wasm`` to ``SMARTLEAD_WASM`` or the
    packaged component.
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        *,
        wasm: Optional[os.PathLike] = None,
        requests_per_minute: Optional[int] = None,
        max_retries: Optional[int] = None,
        timeout_ms: Optional[int] = None,
        smartdelivery_base_url: Optional[str] = None,
        prospect_base_url: Optional[str] = None,
        smart_senders_base_url: Optional[str] = None,
    ):
        engine, component = _compiled(str(Path(wasm or _default_wasm()).resolve()))
        linker = Linker(engine)
        linker.add_wasip2()
        linker.add_wasi_http()
        self._store = Store(engine)
        self._store.set_wasi(WasiConfig())
        self._store.set_wasi_http()
        instance = linker.instantiate(self._store, component)
        self._instance = instance
        self._exports: dict[tuple[str, str], Any] = {}
        types = instance.get_export_index(self._store, f"{PACKAGE}/types@{VERSION}")
        tools = instance.get_export_index(self._store, f"{PACKAGE}/tools@{VERSION}")
        bulk = instance.get_export_index(self._store, f"{PACKAGE}/bulk@{VERSION}")
        export = lambda name, iface: instance.get_func(self._store, instance.get_export_index(self._store, name, iface))
        self._call_tool = export("call-tool", tools)
        self._import_leads = export("import-leads", bulk)
        config = _Record(
            api_key=api_key or os.environ.get("SMARTLEAD_API_KEY"),
            base_url=base_url or os.environ.get("SMARTLEAD_BASE_URL"),
            smartdelivery_base_url=smartdelivery_base_url or os.environ.get("SMARTLEAD_SMARTDELIVERY_BASE_URL"),
            prospect_base_url=prospect_base_url or os.environ.get("SMARTLEAD_PROSPECT_BASE_URL"),
            smart_senders_base_url=smart_senders_base_url or os.environ.get("SMARTLEAD_SMART_SENDERS_BASE_URL"),
            requests_per_minute=requests_per_minute,
            max_retries=max_retries,
            timeout_ms=timeout_ms,
            max_response_bytes=None,
            managed_by_host=None,
        )
        self._client = self._invoke(export("[constructor]client", types), config)
        self._attach_interfaces(self)

    @functools.cached_property
    def _tools(self) -> dict[str, Any]:
        """The component's tools by name, read when first wanted: a typed call needs none."""
        return {t.name: t for t in self._invoke(self._export("tools", "list-tools"))}

    @functools.cached_property
    def _toolsets(self) -> list[Any]:
        return self._invoke(self._export("tools", "toolsets"))

    @functools.cached_property
    def _tool_names(self) -> frozenset[str]:
        """Every tool's name, from the toolsets: a call by name needs no more, where the
        tools with their schemas are half a megabyte to read out of the component."""
        return frozenset(name for s in self._toolsets for name in s.tools)

    def _export(self, interface: str, function: str) -> Any:
        """The component's function `function` of `interface`, looked up once."""
        key = (interface, function)
        if key not in self._exports:
            index = self._instance.get_export_index(self._store, f"{PACKAGE}/{interface}@{VERSION}")
            self._exports[key] = self._instance.get_func(self._store, self._instance.get_export_index(self._store, function, index))
        return self._exports[key]

    @staticmethod
    def _error(variant: Variant) -> "SmartleadError":
        return _error(variant)

    def _invoke(self, func: Any, *args: Any) -> Any:
        try:
            return func(self._store, *args)
        finally:
            func.post_return(self._store)

    def tools(self) -> list[dict]:
        """Every operation: name, description and JSON Schema of its arguments."""
        return [
            {"name": t.name, "description": t.description, "input_schema": json.loads(getattr(t, "input-schema"))}
            for t in self._tools.values()
        ]

    def toolsets(self) -> list[dict]:
        """The named sets of operations an agent host can offer alone: the interfaces'
        groups (``master-inbox``), ``core`` and ``all``, each with its tools' names."""
        return [{"name": s.name, "description": s.description, "tools": list(s.tools)} for s in self._toolsets]

    def call_tool(self, name: str, arguments: dict) -> dict:
        """Runs one tool (the WIT's `call-tool`) with Smartlead's argument names as a dict,
        as an agent has them; returns its JSON result as a dict."""
        out = self._invoke(self._call_tool, self._client, name, json.dumps(arguments))
        if isinstance(out, str):
            return json.loads(out)
        raise _error(out)

    def call(self, tool: str, **arguments: Any) -> dict:
        """:meth:`call_tool` with the arguments as keywords."""
        return self.call_tool(tool, arguments)

    def pages(self, tool: str, **arguments: Any) -> Iterator[dict]:
        """Every record of a list operation, fetching page after page as needed."""
        cursor = None
        while True:
            page = self.call(tool, **arguments, **({"next_cursor": cursor} if cursor else {}))
            yield from page["result"]
            cursor = page.get("next_cursor")
            if not cursor:
                return

    def import_leads(
        self,
        campaign_id: int,
        data: bytes | str,
        *,
        format: str = "csv",
        batch_size: Optional[int] = None,
        mapping: Optional[dict[str, str]] = None,
        **settings: bool,
    ) -> dict:
        """Adds a prospect list (CSV with a header row, or ``format="jsonl"``) to a campaign
        through the component's bulk import, the same as ``smartlead leads import``: columns
        mapped by name (``mapping`` overrides, e.g. ``{"Work Email": "email"}``), rows checked
        and batched (``batch_size`` up to 400, default 100) before anything is sent, each batch
        sent once. ``settings`` are Smartlead's import settings (``ignore_global_block_list=True``, …).

        Returns the report as a dict: counts, ``rejected`` rows with reasons, and ``stopped`` /
        ``unanswered_batches`` when it stopped early. Raises :class:`SmartleadInvalidInput`
        for a list that cannot be imported (then nothing was sent).
        """
        names = ("ignore_global_block_list", "ignore_unsubscribe_list", "ignore_duplicate_leads_in_other_campaign", "ignore_community_bounce_list")
        unknown = set(settings) - set(names)
        if unknown:
            raise TypeError(f"unknown import settings {sorted(unknown)}; known: {', '.join(names)}")
        options = _Record(
            plan=_Record(batch_size=batch_size, overrides=list((mapping or {}).items())),
            settings=_Record(**{name: settings.get(name) for name in names}, return_lead_ids=None),
        )
        body = data.encode() if isinstance(data, str) else bytes(data)
        out = self._invoke(self._import_leads, self._client, campaign_id, body, format, options)
        if isinstance(out, Variant):
            raise _error(out)
        return _plain(out)

    def __getattr__(self, name: str):
        if name.startswith("_") or name not in self._tool_names:
            raise AttributeError(name)
        return _ToolMethod(self, name)

    def __dir__(self):
        return [*super().__dir__(), *self._tool_names]


class _ToolMethod:
    """A tool as a method of the client: calling it calls the tool; its docstring is the
    tool's description, read only when asked for."""

    def __init__(self, client: Smartlead, name: str):
        self._client, self.__name__ = client, name

    def __call__(self, **arguments: Any) -> dict:
        return self._client.call(self.__name__, **arguments)

    @property
    def __doc__(self) -> str:  # type: ignore[override]
        return self._client._tools[self.__name__].description


def _plain(value: Any) -> Any:
    """A WIT record as a dict with snake_case keys, recursively."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dict__"):
        return {k.replace("-", "_"): _plain(v) for k, v in vars(value).items()}
    return value


def _error(variant) -> SmartleadError:
    cls = _ERRORS.get(variant.tag, SmartleadError)
    payload = variant.payload
    if isinstance(payload, str):
        return cls(payload)
    message = getattr(payload, "message", str(payload))
    status = getattr(payload, "status", 429 if cls is SmartleadRateLimited else None)
    return cls(message, status=status, retry_after_ms=getattr(payload, "retry-after-ms", None))


class AsyncSmartlead(AsyncInterfaces):
    """:class:`Smartlead` for asyncio programs: each call runs in a worker thread, so the
    event loop never blocks, on one of ``concurrency`` component instances, so calls run
    side by side. Each instance paces its own requests; keep ``concurrency`` small.

        async with AsyncSmartlead(api_key="...") as sl:
            campaigns, leads = await asyncio.gather(sl.call("list_all_smartlead_campaigns"), ...)
    """

    def __init__(self, api_key: Optional[str] = None, base_url: Optional[str] = None, *, concurrency: int = 4, **options: Any):
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        import asyncio  # Here, not at the top: importing it costs every program 45 ms.

        self._make = functools.partial(Smartlead, api_key, base_url, **options)
        self._idle: asyncio.Queue = asyncio.Queue()
        self._made = 0
        self._concurrency = concurrency
        self._attach_interfaces(self)

    async def _instance(self) -> Smartlead:
        import asyncio

        if self._idle.empty() and self._made < self._concurrency:
            self._made += 1
            return await asyncio.to_thread(self._make)
        return await self._idle.get()

    async def _run_on(self, call: Any) -> Any:
        """`call(instance)` in a worker thread, on an instance no other call is using."""
        import asyncio

        instance = await self._instance()
        try:
            return await asyncio.to_thread(call, instance)
        finally:
            self._idle.put_nowait(instance)

    async def _run(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return await self._run_on(lambda instance: getattr(instance, method)(*args, **kwargs))

    async def call(self, tool: str, **arguments: Any) -> dict:
        """As :meth:`Smartlead.call`."""
        return await self._run("call", tool, **arguments)

    async def import_leads(self, campaign_id: int, data: bytes | str, **options: Any) -> dict:
        """As :meth:`Smartlead.import_leads`."""
        return await self._run("import_leads", campaign_id, data, **options)

    async def pages(self, tool: str, **arguments: Any):
        """Every record of a list operation, as an async iterator."""
        cursor = None
        while True:
            page = await self.call(tool, **arguments, **({"next_cursor": cursor} if cursor else {}))
            for record in page["result"]:
                yield record
            cursor = page.get("next_cursor")
            if not cursor:
                return

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return functools.partial(self.call, name)

    async def __aenter__(self) -> "AsyncSmartlead":
        return self

    async def __aexit__(self, *_: Any) -> None:
        while not self._idle.empty():
            self._idle.get_nowait()
