//! `cargo run -p smartlead-bindgen-python`: rewrites examples/python/smartlead/typed.py
//! from wit/ (the test in lib.rs fails while the file is stale).

fn main() -> anyhow::Result<()> {
    let out = smartlead_bindgen_python::OUTPUT;
    std::fs::write(out, smartlead_bindgen_python::generate()?)?;
    println!("wrote {out}");
    Ok(())
}
