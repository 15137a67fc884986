//! The state of one store: WASI, wasi:http with the store's hooks, the memory cap and
//! the CPU meter.

use super::cpu::CpuMeter;
use super::hooks::Hooks;
use wasmtime::component::ResourceTable;
use wasmtime::ResourceLimiter;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

/// Memory one instance may use inside the sandbox.
const MEMORY_LIMIT: usize = 256 << 20;

pub struct HostState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    pub(crate) hooks: Hooks,
    pub(super) limits: Memory,
    pub(super) cpu: CpuMeter,
}

/// The memory cap, remembering the most memory the instance has asked for: an instance
/// kept between calls holds all of it while idle (see `idle`).
pub(super) struct Memory {
    grown_to: usize,
}

/// The error a call stopped for needing more memory than a store may have ends with.
#[derive(Debug)]
pub struct MemoryExhausted {
    pub wanted: usize,
}

impl std::fmt::Display for MemoryExhausted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the call needed {} MiB of memory inside the component, past the {} MiB a call may use, and was stopped; ask for fewer records at once",
            self.wanted >> 20,
            MEMORY_LIMIT >> 20
        )
    }
}

impl std::error::Error for MemoryExhausted {}

impl ResourceLimiter for Memory {
    fn memory_growing(&mut self, _current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > MEMORY_LIMIT {
            return Err(MemoryExhausted { wanted: desired }.into());
        }
        if maximum.is_some_and(|max| desired > max) {
            return Ok(false);
        }
        self.grown_to = self.grown_to.max(desired);
        Ok(true)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(maximum.is_none_or(|max| desired <= max))
    }
}

impl HostState {
    pub(super) fn new(wasi: WasiCtx, hooks: Hooks) -> HostState {
        HostState {
            wasi,
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks,
            limits: Memory { grown_to: 0 },
            cpu: CpuMeter::default(),
        }
    }

    /// The largest memory the instance has had, in bytes.
    pub(super) fn grown_to(&self) -> usize {
        self.limits.grown_to
    }
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl WasiHttpView for HostState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView { ctx: &mut self.http, table: &mut self.table, hooks: &mut self.hooks }
    }
}
