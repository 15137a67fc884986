//! The component's WIT as the generators read it: loaded and resolved, and the few
//! questions both ask of it.

use wit_parser::{PackageId, Resolve, Type, TypeDefKind};

/// The component's WIT.
pub const WIT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../wit");

/// Interfaces the typed APIs leave out: the shared types (their records appear where
/// used) and the JSON tools (the dict-based calls cover them).
pub const LEFT_OUT: [&str; 2] = ["types", "tools"];

/// The WIT package, resolved.
pub fn load() -> anyhow::Result<(Resolve, PackageId)> {
    let mut resolve = Resolve::default();
    let (package, _) = resolve.push_dir(WIT)?;
    Ok((resolve, package))
}


/// Whether `ty` is the client handle (passed by the interface, not the caller).
pub fn is_client(resolve: &Resolve, ty: &Type) -> bool {
    matches!(ty, Type::Id(id) if matches!(resolve.types[*id].kind, TypeDefKind::Handle(_)))
}

/// Whether `ty` is (a name for) a variant: the error, which callers meet as exceptions.
pub fn is_variant(resolve: &Resolve, ty: &Type) -> bool {
    match ty {
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Variant(_) => true,
            TypeDefKind::Type(inner) => is_variant(resolve, inner),
            _ => false,
        },
        _ => false,
    }
}

pub fn pascal(kebab: &str) -> String {
    kebab.split('-').map(|w| w[..1].to_uppercase() + &w[1..]).collect()
}

pub fn snake(kebab: &str) -> String {
    kebab.replace('-', "_")
}
