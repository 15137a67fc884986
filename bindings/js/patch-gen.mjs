// After `jco transpile`: makes jco's probe for JSPI cheap where the runtime has none.
//
// jco's init calls `WebAssembly.promising(...)` once per export with a post-return (102
// of them) and falls back in a `catch`. Where JSPI is absent (Node 20, 22), each call
// throws "not a function", and V8 writes that message by parsing the whole init function
// again: about half a millisecond a call, 60 ms of every import. Here the probe throws one
// prepared error instead, so the same fallback runs. Where JSPI exists it is used as before.
//
// Run: node patch-gen.mjs gen/smartlead.js (npm run build does).

import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const PROBE = "WebAssembly.promising(";
const INIT = "\nconst $init = (() => {";
const HELPER = `
// Added by patch-gen.mjs: JSPI's absence is reported by one prepared error.
const jspiAbsent = new TypeError("WebAssembly.promising is not available");
const jspiPromising = WebAssembly.promising ?? (() => { throw jspiAbsent; });
`;

const text = readFileSync(file, "utf8");
const probes = text.split(PROBE).length - 1;
const inits = text.split(INIT).length - 1;
if (probes === 0 || inits !== 1) {
  console.error(`${file}: jco's output has changed (${probes} calls of ${PROBE}, ${inits} init); patch-gen.mjs needs a look`);
  process.exit(1);
}
writeFileSync(file, text.replaceAll(PROBE, "jspiPromising(").replace(INIT, `${HELPER}${INIT}`));
console.log(`${file}: ${probes} JSPI probes patched`);
