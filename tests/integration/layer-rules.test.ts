// The layer rules in biome.jsonc catch what they say they catch: each case is linted at its real
// path in a scratch copy of the configuration, and the allowed neighbour of each case passes.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const biome = path.join(root, "node_modules/.bin/biome");

const cases: { file: string; source: string; rule: string | null }[] = [
  { file: "components/a.tsx", source: 'import { getDb } from "@/lib/db";', rule: "never import lib/db" },
  { file: "components/b.tsx", source: 'import { route } from "@/lib/http/route";', rule: "never import lib/http" },
  { file: "components/c.tsx", source: 'import { x } from "@/app/layout";', rule: "point one way" },
  { file: "components/d.tsx", source: 'import { zodFields } from "@/lib/errors";', rule: null },
  {
    file: "components/e.tsx",
    source: 'export const f = (a: { access: string }) => a.access === "admin";',
    rule: "Ask the permission module",
  },
  { file: "lib/networks/a.ts", source: 'import { route } from "../http/route";', rule: "never imports lib/http" },
  {
    file: "lib/networks/b.ts",
    source: 'import { toApiError } from "@/lib/http/errors";',
    rule: "never imports lib/http",
  },
  { file: "lib/networks/c.ts", source: 'import { Button } from "@/components/ui/button";', rule: "never imports app/" },
  { file: "lib/networks/d.ts", source: 'import { notFound } from "../errors";', rule: null },
  { file: "lib/http/a.ts", source: 'import { can } from "../auth/permissions";', rule: null },
  {
    file: "lib/db/a.ts",
    source: 'import { loadRoutingConfig } from "../networks/routing-config";',
    rule: "bottom layer",
  },
  { file: "lib/db/b.ts", source: 'import { getEnv } from "../env";', rule: null },
  { file: "lib/errors.ts", source: 'import { getEnv } from "./env";', rule: "is a leaf" },
  { file: "lib/templates/a.ts", source: 'import { createHash } from "node:crypto";', rule: "Node.js builtin" },
  { file: "lib/templates/b.ts", source: 'import "server-only";', rule: "server-only" },
  { file: "lib/templates/c.ts", source: 'import { newId } from "../ids";', rule: "self-contained" },
  { file: "lib/templates/codecs/a.ts", source: 'import { newId } from "@/lib/ids";', rule: "self-contained" },
  { file: "lib/templates/codecs/b.ts", source: 'import { templateError } from "../errors";', rule: null },
  {
    file: "app/(dashboard)/x/page.tsx",
    source: 'import { getDb } from "@/lib/db";\nexport const rows = () => getDb().auditLog.findMany({});',
    rule: "never queries the database",
  },
  {
    file: "app/(dashboard)/y/page.tsx",
    source:
      'import { getDb } from "@/lib/db";\nimport { listAuditEntries } from "@/lib/audit/queries";\nexport const rows = () => listAuditEntries(getDb(), { limit: 1 });',
    rule: null,
  },
];

let dir: string;
let messages: Map<string, string[]>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ricochet-layers-"));
  cpSync(path.join(root, "biome.jsonc"), path.join(dir, "biome.jsonc"));
  cpSync(path.join(root, ".biome"), path.join(dir, ".biome"), { recursive: true });
  for (const c of cases) {
    mkdirSync(path.dirname(path.join(dir, c.file)), { recursive: true });
    writeFileSync(path.join(dir, c.file), `${c.source}\n`);
  }
  let out: string;
  try {
    out = execFileSync(biome, ["lint", "--vcs-enabled=false", "--reporter=json", "--max-diagnostics=none", "."], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch (err) {
    out = (err as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as {
    diagnostics: { category: string; location: { path: string | { file: string } }; message: unknown }[];
  };
  messages = new Map();
  for (const d of report.diagnostics) {
    const file = typeof d.location.path === "string" ? d.location.path : d.location.path.file;
    const text = JSON.stringify(d.message);
    messages.set(file, [...(messages.get(file) ?? []), `${d.category}: ${text}`]);
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("layer rules", () => {
  it.each(cases)("$file: $source", ({ file, rule }) => {
    // Only the layer rules: the snippets trip unrelated ones (unused imports) on purpose.
    const found = (messages.get(file) ?? []).filter((m) =>
      /^(lint\/style\/noRestrictedImports|lint\/correctness\/noNodejsModules|plugin)/.test(m),
    );
    if (rule === null) expect(found).toEqual([]);
    else expect(found.some((m) => m.includes(rule))).toBe(true);
  });
});
