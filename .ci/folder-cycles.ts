// Import cycles between the top-level folders (and files) of a directory, e.g. lib: `lib/a` importing
// `lib/b` while `lib/b` imports `lib/a`, directly or through other folders. Tests are left out: a
// test may reach across. Prints each cycle and exits 1 when there is one.
// Usage: npx tsx .ci/folder-cycles.ts lib
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const IMPORT = /(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

/**
 * Cycles known and being removed, each with who removes it. The check fails when one of these is
 * gone too, so the entry is deleted with the fix.
 */
export const KNOWN_CYCLES: { units: string[]; why: string }[] = [
  {
    units: ["alerts", "monitoring", "worker"],
    why: "the worker's loop runs alert evaluation (worker -> alerts -> monitoring -> worker); the worker split of #13 (engine stream) moves its maintenance jobs out",
  },
];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") yield* sourceFiles(p);
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield p;
  }
}

/** The folder (or top-level file, without extension) of `root` that `file` belongs to. */
const unitOf = (root: string, file: string) =>
  path
    .relative(root, file)
    .split(path.sep)[0]
    .replace(/\.tsx?$/, "");

/** Edges between the units of `root`, each with one import that makes it (for the message). */
export function folderGraph(root: string): Map<string, Map<string, string>> {
  const alias = `@/${path.basename(root)}/`;
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(root)) {
    const from = unitOf(root, file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = spec.startsWith(".")
        ? path.join(path.dirname(file), spec)
        : spec.startsWith(alias)
          ? path.join(root, spec.slice(alias.length))
          : null;
      if (!target) continue;
      const rel = path.relative(root, target);
      if (rel.startsWith("..")) continue;
      const to = rel.split(path.sep)[0].replace(/\.tsx?$/, "");
      if (to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, `${path.relative(root, file)} imports "${spec}"`);
      edges.set(from, out);
    }
  }
  return edges;
}

/** Every group of units that import each other round (Tarjan's strongly connected components). */
export function folderCycles(root: string): { units: string[]; via: string[] }[] {
  const edges = folderGraph(root);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.map((units) => ({
    units,
    via: units.flatMap((a) =>
      units.flatMap((b) => {
        const how = edges.get(a)?.get(b);
        return how ? [how] : [];
      }),
    ),
  }));
}

const same = (a: string[], b: string[]) => a.join() === [...b].sort().join();

/** New cycles, and known ones that are gone (their entry in KNOWN_CYCLES should go too). */
export function checkFolderCycles(root: string, known = KNOWN_CYCLES) {
  const cycles = folderCycles(root);
  return {
    found: cycles.filter((c) => !known.some((k) => same(c.units, k.units))),
    fixed: known.filter((k) => !cycles.some((c) => same(c.units, k.units))),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { found, fixed } = checkFolderCycles(process.argv[2] ?? "lib");
  for (const c of found) {
    console.log(`cycle: ${c.units.join(" <-> ")}`);
    for (const how of c.via) console.log(`  ${how}`);
  }
  if (found.length) console.log("Move what both sides need into a folder below them (CONTRIBUTING.md, Layers).");
  for (const k of fixed)
    console.log(`gone: ${k.units.join(" <-> ")}; delete its entry in KNOWN_CYCLES (.ci/folder-cycles.ts)`);
  if (found.length || fixed.length) process.exit(1);
}
