//! The Python typed API: each record a keyword-only dataclass, each enum a `str` enum,
//! each interface a class (and an asyncio twin) whose methods are the interface's
//! functions under their WIT names (snake_case), with the WIT's docs as docstrings. The
//! conversions both ways and the calls are in the package's `_wit.py`.

use crate::wit::{LEFT_OUT, is_client, is_variant, pascal, snake};
use std::collections::HashMap;
use std::fmt::Write;
use wit_parser::{Docs, Function, PackageId, Resolve, Type, TypeDefKind, TypeId};

/// Where the generated module goes.
pub const OUTPUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bindings/python/smartlead/typed.py");

pub fn generate(resolve: &Resolve, package: PackageId) -> anyhow::Result<String> {
    let mut names = Names::default();
    let interfaces: Vec<_> = resolve.packages[package].interfaces.values().copied().collect();
    // Every class name first, so a record used before its interface comes keeps one name.
    for &id in &interfaces {
        let iface = &resolve.interfaces[id];
        for &ty in iface.types.values() {
            names.class(resolve, ty, iface.name.as_deref().unwrap_or(""));
        }
    }
    let mut out = String::from(HEADER);
    let mut attached = Vec::new();
    for &id in &interfaces {
        let iface = &resolve.interfaces[id];
        let name = iface.name.clone().unwrap_or_default();
        writeln!(out, "\n# --- interface {name} ---")?;
        for &ty in iface.types.values() {
            types(&mut out, resolve, &names, ty)?;
        }
        if LEFT_OUT.contains(&name.as_str()) || iface.functions.is_empty() {
            continue;
        }
        let class = pascal(&name);
        let (mut sync, mut asynchronous) = (String::new(), String::new());
        for func in iface.functions.values() {
            method(&mut sync, &mut asynchronous, resolve, &names, func)?;
        }
        writeln!(out, "\n\nclass {class}(_Interface):")?;
        docstring(&mut out, "    ", &iface.docs)?;
        writeln!(out, "\n    _name = {name:?}\n{sync}")?;
        writeln!(out, "\nclass Async{class}(_AsyncInterface):")?;
        docstring(&mut out, "    ", &iface.docs)?;
        writeln!(out, "\n    _attr = {:?}\n{asynchronous}", snake(&name))?;
        attached.push((snake(&name), class));
    }
    holder(&mut out, "Interfaces", "The typed interfaces, one attribute each, as the WIT groups the operations.", "", &attached)?;
    holder(&mut out, "AsyncInterfaces", "The same interfaces for asyncio: every function a coroutine.", "Async", &attached)?;
    Ok(out.trim_end().to_string() + "\n")
}

/// The class whose attributes are the interfaces (their class names after `prefix`).
fn holder(out: &mut String, name: &str, doc: &str, prefix: &str, attached: &[(String, String)]) -> std::fmt::Result {
    writeln!(out, "\n\nclass {name}:\n    \"\"\"{doc}\"\"\"\n")?;
    for (attr, class) in attached {
        writeln!(out, "    {attr}: {prefix}{class}")?;
    }
    writeln!(out, "\n    def _attach_interfaces(self, owner: Any) -> None:")?;
    for (attr, class) in attached {
        writeln!(out, "        self.{attr} = {prefix}{class}(owner)")?;
    }
    Ok(())
}

const HEADER: &str = r#""""The typed API: generated from the component's WIT by
`cargo run -p smartlead-bindgen`; do not edit (a test fails when it is stale)."""

from __future__ import annotations

from dataclasses import field
from enum import Enum
from typing import Any, List, Optional, Tuple

from ._wit import _AsyncInterface, _Interface, _record
"#;

/// Python names for the WIT's records and enums: the WIT name in PascalCase, or with its
/// interface in front when two interfaces use one name.
#[derive(Default)]
struct Names {
    of: HashMap<TypeId, String>,
    taken: HashMap<String, TypeId>,
}

impl Names {
    fn class(&mut self, resolve: &Resolve, ty: TypeId, interface: &str) {
        let def = &resolve.types[ty];
        if !matches!(def.kind, TypeDefKind::Record(_) | TypeDefKind::Enum(_)) {
            return;
        }
        let plain = pascal(def.name.as_deref().unwrap_or("anonymous"));
        let name = match self.taken.get(&plain) {
            Some(other) if *other != ty => format!("{}{plain}", pascal(interface)),
            _ => plain,
        };
        self.taken.insert(name.clone(), ty);
        self.of.insert(ty, name);
    }
}

fn types(out: &mut String, resolve: &Resolve, names: &Names, ty: TypeId) -> anyhow::Result<()> {
    let def = &resolve.types[ty];
    match &def.kind {
        TypeDefKind::Record(record) => {
            writeln!(out, "\n\n@_record\nclass {}:", names.of[&ty])?;
            docstring(out, "    ", &def.docs)?;
            for f in &record.fields {
                let hint = python_type(resolve, names, &f.ty);
                let default = match default_of(resolve, &f.ty) {
                    Some(default) => format!(" = {default}"),
                    None => String::new(),
                };
                writeln!(out, "    {}: {hint}{default}", identifier(&f.name))?;
                if let Some(doc) = first_line(&f.docs) {
                    writeln!(out, "    \"\"\"{doc}\"\"\"")?;
                }
            }
        }
        TypeDefKind::Enum(e) => {
            writeln!(out, "\n\nclass {}(str, Enum):", names.of[&ty])?;
            docstring(out, "    ", &def.docs)?;
            for case in &e.cases {
                writeln!(out, "    {} = {:?}", case.name.replace('-', "_").to_uppercase(), case.name)?;
            }
        }
        // `use`d names, the client resource and the error variant (raised as exceptions).
        _ => {}
    }
    Ok(())
}

/// The default a field or parameter of this type takes: none for required values.
fn default_of(resolve: &Resolve, ty: &Type) -> Option<&'static str> {
    let Type::Id(id) = ty else { return None };
    match &resolve.types[*id].kind {
        TypeDefKind::Option(_) => Some("None"),
        TypeDefKind::List(Type::U8) => None,
        TypeDefKind::List(_) => Some("field(default_factory=list)"),
        TypeDefKind::Type(inner) => default_of(resolve, inner),
        _ => None,
    }
}

/// Whether every field of a record has a default, so the record itself can be left out.
fn all_defaulted(resolve: &Resolve, ty: &Type) -> bool {
    let Type::Id(id) = ty else { return false };
    match &resolve.types[*id].kind {
        TypeDefKind::Record(r) => r.fields.iter().all(|f| default_of(resolve, &f.ty).is_some()),
        TypeDefKind::Type(inner) => all_defaulted(resolve, inner),
        _ => false,
    }
}

fn python_type(resolve: &Resolve, names: &Names, ty: &Type) -> String {
    match ty {
        Type::Bool => "bool".into(),
        Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::S8 | Type::S16 | Type::S32 | Type::S64 => "int".into(),
        Type::F32 | Type::F64 => "float".into(),
        Type::Char | Type::String => "str".into(),
        Type::ErrorContext => "Any".into(),
        Type::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Record(_) | TypeDefKind::Enum(_) => names.of[id].clone(),
            TypeDefKind::Option(inner) => format!("Optional[{}]", python_type(resolve, names, inner)),
            TypeDefKind::List(Type::U8) => "bytes".into(),
            TypeDefKind::List(inner) => format!("List[{}]", python_type(resolve, names, inner)),
            TypeDefKind::Tuple(t) => format!("Tuple[{}]", t.types.iter().map(|t| python_type(resolve, names, t)).collect::<Vec<_>>().join(", ")),
            TypeDefKind::Type(inner) => python_type(resolve, names, inner),
            _ => "Any".into(),
        },
    }
}



/// The function as a method of the interface's class (`out`) and as a coroutine of its
/// asyncio twin (`asynchronous`).
fn method(out: &mut String, asynchronous: &mut String, resolve: &Resolve, names: &Names, func: &Function) -> anyhow::Result<()> {
    // Helpers that take the error itself are for hosts driving the bulk import by hand.
    if func.params.iter().any(|p| is_variant(resolve, &p.ty)) {
        return Ok(());
    }
    let client = func.params.first().is_some_and(|p| is_client(resolve, &p.ty));
    let params: Vec<_> = func.params.iter().skip(client as usize).collect();
    let (returns, result) = match &func.result {
        Some(Type::Id(id)) => match &resolve.types[*id].kind {
            TypeDefKind::Result(r) => (r.ok.as_ref().map_or("None".into(), |t| python_type(resolve, names, t)), true),
            _ => (python_type(resolve, names, func.result.as_ref().expect("matched")), false),
        },
        Some(t) => (python_type(resolve, names, t), false),
        None => ("None".into(), false),
    };
    let mut signature = vec!["self".to_string()];
    let mut values = Vec::new();
    // Parameters keep their order; once one is left out, the rest are keyword-only.
    let mut keyword_only = false;
    for p in &params {
        let name = identifier(&p.name);
        let hint = python_type(resolve, names, &p.ty);
        if all_defaulted(resolve, &p.ty) {
            if !keyword_only {
                signature.push("*".into());
                keyword_only = true;
            }
            signature.push(format!("{name}: Optional[{hint}] = None"));
            values.push(format!("{name} if {name} is not None else {hint}()"));
        } else if default_of(resolve, &p.ty) == Some("None") {
            if !keyword_only {
                signature.push("*".into());
                keyword_only = true;
            }
            signature.push(format!("{name}: {hint} = None"));
            values.push(name);
        } else {
            signature.push(format!("{name}: {hint}"));
            values.push(name);
        }
    }
    let python = func.name.replace('-', "_");
    writeln!(out, "\n    def {python}({}) -> {returns}:", signature.join(", "))?;
    docstring(out, "        ", &func.docs)?;
    writeln!(asynchronous, "\n    async def {python}({}) -> {returns}:", signature.join(", "))?;
    docstring(asynchronous, "        ", &func.docs)?;
    let keywords: Vec<String> = params.iter().map(|p| format!("{0}={0}", identifier(&p.name))).collect();
    let keywords = if keywords.is_empty() { String::new() } else { format!(", {}", keywords.join(", ")) };
    writeln!(asynchronous, "        return await self._run({python:?}{keywords})  # type: ignore[no-any-return]")?;
    let tuple = if values.len() == 1 { format!("({},)", values[0]) } else { format!("({})", values.join(", ")) };
    writeln!(out, "        return self._call({:?}, {tuple}, {returns}, client={}, result={})  # type: ignore[no-any-return]", func.name, pascal_bool(client), pascal_bool(result))?;
    Ok(())
}

fn pascal_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

fn docstring(out: &mut String, indent: &str, docs: &Docs) -> std::fmt::Result {
    let Some(text) = docs.contents.as_deref().map(str::trim).filter(|t| !t.is_empty()) else { return Ok(()) };
    // Double quotes become single: one closing the text would run into the docstring's own.
    let text = text.replace('\\', "\\\\").replace('"', "'");
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() == 1 {
        return writeln!(out, "{indent}\"\"\"{}\"\"\"", lines[0]);
    }
    writeln!(out, "{indent}\"\"\"{}", lines[0])?;
    for line in &lines[1..] {
        writeln!(out, "{}", if line.trim().is_empty() { String::new() } else { format!("{indent}{}", line.trim_end()) })?;
    }
    writeln!(out, "{indent}\"\"\"")
}

fn first_line(docs: &Docs) -> Option<String> {
    let text = docs.contents.as_deref()?.trim();
    (!text.is_empty()).then(|| text.split_whitespace().collect::<Vec<_>>().join(" ").replace('\\', "\\\\").replace('"', "'"))
}



/// A WIT name as a Python identifier: snake_case, with `_` after a keyword.
fn identifier(kebab: &str) -> String {
    const KEYWORDS: [&str; 8] = ["from", "import", "class", "def", "in", "is", "global", "type"];
    let name = snake(kebab);
    if KEYWORDS.contains(&name.as_str()) { format!("{name}_") } else { name }
}
