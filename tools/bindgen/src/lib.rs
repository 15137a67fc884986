//! The typed APIs of the Python package and the JavaScript wrapper, generated from the
//! component's WIT (`cargo run -p smartlead-bindgen`; the tests fail while either is stale).

pub mod javascript;
pub mod python;
pub mod wit;

/// Every generated file and what it should hold.
pub fn outputs() -> anyhow::Result<Vec<(&'static str, String)>> {
    let (resolve, package) = wit::load()?;
    let (module, types) = javascript::generate(&resolve, package)?;
    Ok(vec![(python::OUTPUT, python::generate(&resolve, package)?), (javascript::MODULE, module), (javascript::TYPES, types)])
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
