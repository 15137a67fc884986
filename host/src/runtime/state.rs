//! The state of one store: WASI, wasi:http with the store's hooks, the memory cap and
//! the CPU meter.

use super::cpu::CpuMeter;
use super::hooks::Hooks;
use wasmtime::component::ResourceTable;
use wasmtime::{StoreLimits, StoreLimitsBuilder};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

/// Memory one call may use inside the sandbox.
const MEMORY_LIMIT: usize = 256 << 20;

pub struct HostState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    pub(crate) hooks: Hooks,
    pub(super) limits: StoreLimits,
    pub(super) cpu: CpuMeter,
}

impl HostState {
    pub(super) fn new(wasi: WasiCtx, hooks: Hooks) -> HostState {
        HostState {
            wasi,
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks,
            limits: StoreLimitsBuilder::new().memory_size(MEMORY_LIMIT).trap_on_grow_failure(true).build(),
            cpu: CpuMeter::default(),
        }
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
