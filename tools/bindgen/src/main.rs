//! `cargo run -p smartlead-bindgen`: rewrites the typed APIs from wit/.

fn main() -> anyhow::Result<()> {
    for (path, text) in smartlead_bindgen::outputs()? {
        std::fs::write(path, text)?;
        println!("wrote {path}");
    }
    Ok(())
}
