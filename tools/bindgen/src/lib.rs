//! The typed APIs of the Python package and the JavaScript wrapper, generated from the
//! component's WIT (`cargo run -p smartlead-bindgen`; the tests fail while either is stale).

pub mod javascript;
pub mod python;

use wit_parser::{PackageId, Resolve, Type, TypeDefKind};

/// The component's WIT.
pub const WIT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../wit");

/// Interfaces the typed APIs leave out: the shared types (their records appear where
/// used) and the JSON tools (the dict-based calls cover them).
const LEFT_OUT: [&str; 2] = ["types", "tools"];

/// The WIT package, resolved.
pub fn load() -> anyhow::Result<(Resolve, PackageId)> {
    let mut resolve = Resolve::default();
    let (package, _) = resolve.push_dir(WIT)?;
    Ok((resolve, package))
}

/// Every generated file and what it should hold.
pub fn outputs() -> anyhow::Result<Vec<(&'static str, String)>> {
    let (resolve, package) = load()?;
    let (module, types) = javascript::generate(&resolve, package)?;
    Ok(vec![(python::OUTPUT, python::generate(&resolve, package)?), (javascript::MODULE, module), (javascript::TYPES, types)])
}

/// Whether `ty` is the client handle (passed by the interface, not the caller).
pub(crate) fn is_client(resolve: &Resolve, ty: &Type) -> bool {
    matches!(ty, Type::Id(id) if matches!(resolve.types[*id].kind, TypeDefKind::Handle(_)))
}

/// Whether `ty` is (a name for) a variant: the error, which callers meet as exceptions.
pub(crate) fn is_variant(resolve: &Resolve, ty: &Type) -> bool {
    match ty {
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Variant(_) => true,
            TypeDefKind::Type(inner) => is_variant(resolve, inner),
            _ => false,
        },
        _ => false,
    }
}

pub(crate) fn pascal(kebab: &str) -> String {
    kebab.split('-').map(|w| w[..1].to_uppercase() + &w[1..]).collect()
}

pub(crate) fn snake(kebab: &str) -> String {
    kebab.replace('-', "_")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_generated_files_are_current() {
        for (path, fresh) in super::outputs().unwrap() {
            let kept = std::fs::read_to_string(path).unwrap_or_default();
            assert!(kept == fresh, "{path} is stale: run `cargo run -p smartlead-bindgen`");
        }
    }
}
