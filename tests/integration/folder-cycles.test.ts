// The CI check for import cycles between lib's folders finds direct and longer cycles, and lib has none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkFolderCycles, folderCycles } from "@/.ci/folder-cycles";

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function tree(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), "ricochet-cycles-"));
  const root = path.join(dir, "lib");
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), source);
  }
  return root;
}

describe("folderCycles", () => {
  it("finds a cycle through three folders, by relative and @/ imports", () => {
    const root = tree({
      "a/x.ts": 'import { y } from "../b/y";',
      "b/y.ts": 'import { z } from "@/lib/c/z";',
      "c/z.ts": 'export { x } from "../a/x";',
      "d/w.ts": 'import { x } from "../a/x";',
    });
    expect(folderCycles(root)).toEqual([
      {
        units: ["a", "b", "c"],
        via: ['a/x.ts imports "../b/y"', 'b/y.ts imports "@/lib/c/z"', 'c/z.ts imports "../a/x"'],
      },
    ]);
  });

  it("counts a top-level file as a unit and leaves tests out", () => {
    const root = tree({
      "env.ts": 'import { p } from "./outbound/policy";',
      "outbound/policy.ts": 'import { e } from "../env";',
      "a/x.test.ts": 'import { b } from "../b/y";',
      "b/y.ts": 'import { a } from "../a/x";',
      "a/x.ts": "export const a = 1;",
    });
    expect(folderCycles(root).map((c) => c.units)).toEqual([["env", "outbound"]]);
  });

  it("reports a known cycle once it is gone, so its allowance goes too", () => {
    const root = tree({ "a/x.ts": 'import { y } from "../b/y";', "b/y.ts": "export const y = 1;" });
    const known = [{ units: ["b", "a"], why: "test" }];
    expect(checkFolderCycles(root, known)).toEqual({ found: [], fixed: known });
  });

  it("finds no cycle in lib other than the known ones", () => {
    const { found, fixed } = checkFolderCycles(path.resolve(import.meta.dirname, "../../lib"));
    expect(found).toEqual([]);
    expect(fixed).toEqual([]);
  });
});
