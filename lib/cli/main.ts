// npm run ricochet -- <command>: headless operation of Ricochet.
import { parseArgs } from "node:util";
import { EnvError } from "../env";
import { commands } from "./commands";

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: npm run ricochet -- <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun a command with --help for its options.`;
}

async function main() {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    process.exit(2);
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: rest, options: { ...command.options, help: { type: "boolean" } }, strict: true }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${command.usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(command.usage);
    return;
  }
  await command.run(values);
}

main().catch((e: unknown) => {
  if (e instanceof EnvError || (e instanceof Error && e.name === "UsageError")) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
