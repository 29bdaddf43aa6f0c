/**
 * Tacto's command line (docs/spec/analysis.md, "The command line"):
 *
 *   npm run --silent tacto -- analyze FILE.jsonl [--playbook PLAYBOOK.json]   (FILE "-" = stdin)
 *   npm run --silent tacto -- team-setup URL [--agent NAME:PASSWORD]… [--lead NAME:PASSWORD]… [--rebuild-week-docs]   (docs/team-sync.md)
 *
 * One JSON object per input line on stdout, in input order, and nothing else. A bad
 * line gets {"id":…,"error":"…"} and the run goes on; the exit code is then 1.
 * Usage errors (unknown subcommand, unreadable file or playbook) go to stderr, exit 2.
 */
import { AUDIT_USAGE, auditCommand } from './audit-command';
import { analyzeAsWritten } from './markup';
import { TEAM_SETUP_USAGE, teamSetupCommand } from './team-setup-command';
import {
  InputError, jsonlLines, loadPlaybookFile, nodeEngineOptions, parseInputLine, readInput,
} from './node-engine';

type Command = (args: string[]) => number | Promise<number>;

const USAGE = `usage:
  tacto analyze FILE.jsonl [--playbook PLAYBOOK.json]   analyse each line (FILE "-" reads stdin)
  ${AUDIT_USAGE}
  ${TEAM_SETUP_USAGE}`;

/** Splits `--flag value` options from positional arguments. */
function parseArgs(args: string[], flags: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (flags.includes(a)) {
      const value = args[++i];
      if (value === undefined) throw new InputError(`${a} needs a value`);
      options[a] = value;
    } else if (a.startsWith('--') && a !== '-') {
      throw new InputError(`unknown option ${a}`);
    } else {
      positional.push(a);
    }
  }
  return { positional, options };
}

const analyzeCommand: Command = (args) => {
  const { positional, options } = parseArgs(args, ['--playbook']);
  if (positional.length !== 1) throw new InputError('analyze takes exactly one FILE (or - for stdin)');
  const playbook = options['--playbook'] ? loadPlaybookFile(options['--playbook']) : undefined;
  let content: string;
  try {
    content = readInput(positional[0]);
  } catch (err) {
    throw new InputError(`cannot read ${positional[0]}: ${(err as Error).message}`);
  }
  let failed = false;
  const out: string[] = [];
  for (const { raw } of jsonlLines(content)) {
    const line = parseInputLine(raw, playbook);
    if (!line.input) {
      failed = true;
      out.push(JSON.stringify({ id: line.id, error: line.error }));
      continue;
    }
    try {
      const result = analyzeAsWritten(line.input, nodeEngineOptions);
      out.push(JSON.stringify({ id: line.id, ...result }));
    } catch (err) {
      failed = true;
      out.push(JSON.stringify({ id: line.id, error: `analysis failed: ${(err as Error).message}` }));
    }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return failed ? 1 : 0;
};

/** Subcommands by name. */
const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
  audit: (args) => auditCommand(args),
  'team-setup': (args) =>
    teamSetupCommand(
      args,
      (line) => process.stdout.write(`${line}\n`),
      (line) => process.stderr.write(`${line}\n`),
    ),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `unknown command "${name}"\n` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`tacto ${name}: ${err.message}\n${USAGE}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
