//! The wasi:http hooks of one store: everything the component sends goes out through
//! the egress (bound for Smartlead), paced and keyed by the host.

use crate::egress::Outbound;
use std::future::Future;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions, WasiBody, WasiHttpHooks};

type Io = Box<dyn Future<Output = Result<(), HttpError>> + Send>;

/// Where one store's requests go.
#[derive(Clone)]
pub struct Hooks {
    outbound: Outbound,
}

impl Hooks {
    pub fn new(outbound: Outbound) -> Hooks {
        Hooks { outbound }
    }

    /// The key this store spends, for redacting it from what comes back.
    pub fn key(&self) -> Option<&crate::core::tenant::ApiKey> {
        self.outbound.key()
    }

    pub fn set_queueing(&mut self, queueing: crate::egress::pacer::Queueing) {
        self.outbound.set_queueing(queueing);
    }
}

impl WasiHttpHooks for Hooks {
    fn send_request(
        &mut self,
        request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        _: Io,
    ) -> Box<dyn Future<Output = Result<(http::Response<WasiBody>, Io), HttpError>> + Send> {
        let outbound = self.outbound.clone();
        Box::new(async move {
            let response = outbound.send(request, options).await?;
            Ok((response, Box::new(async { Ok(()) }) as Io))
        })
    }
}
