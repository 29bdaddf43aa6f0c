/**
 * `tacto team-setup URL [--agent NAME:PASSWORD]… [--lead NAME:PASSWORD]… [--rebuild-week-docs]`
 *
 * URL is the team database's address with the server admin's credentials, e.g.
 * `https://admin:secret@couch.acme.example:6984/tacto` (or without them, taken from
 * TACTO_COUCH_USER and TACTO_COUCH_PASSWORD). One line per step on stdout:
 * `created|updated|unchanged  <what>`. Exit 0 when done, 1 when the server refused or
 * could not be reached (the step and the server's words on stderr), 2 on a usage error.
 * `--rebuild-week-docs` adds the stored events the week documents lack even when the
 * design already had them (events pushed by an earlier Tacto after an upgrade).
 */
import { CouchClient, SyncError } from '../log/sync/client';
import { parseUser, teamSetup, type SetupOptions, type TeamUser } from '../log/sync/setup';

export const TEAM_SETUP_USAGE = 'tacto team-setup URL [--agent NAME:PASSWORD]... [--lead NAME:PASSWORD]... [--rebuild-week-docs]   create or check the team CouchDB (URL = https://ADMIN:PASSWORD@HOST:PORT/DATABASE)';

export class TeamSetupUsageError extends Error {}

export function parseTeamSetupArgs(args: string[], env: Record<string, string | undefined>): { admin: CouchClient; users: TeamUser[]; options: SetupOptions } {
  const users: TeamUser[] = [];
  const positional: string[] = [];
  const options: SetupOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--rebuild-week-docs') options.rebuildWeekDocs = true;
    else if (a === '--agent' || a === '--lead') {
      const value = args[++i];
      if (value === undefined) throw new TeamSetupUsageError(`${a} needs NAME:PASSWORD`);
      try {
        users.push(parseUser(value, a === '--agent' ? 'agent' : 'lead'));
      } catch (error) {
        throw new TeamSetupUsageError((error as Error).message);
      }
    } else if (a.startsWith('--')) throw new TeamSetupUsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new TeamSetupUsageError('team-setup takes exactly one URL');
  let url: URL;
  try {
    url = new URL(positional[0]);
  } catch {
    throw new TeamSetupUsageError(`not a URL: ${positional[0]}`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, '').split('/').pop() ?? '');
  if (!database) throw new TeamSetupUsageError('the URL must end with the database name (…/tacto)');
  const user = decodeURIComponent(url.username) || env.TACTO_COUCH_USER || '';
  const password = decodeURIComponent(url.password) || env.TACTO_COUCH_PASSWORD || '';
  if (!user || !password) throw new TeamSetupUsageError('the server admin’s name and password are needed (in the URL or TACTO_COUCH_USER / TACTO_COUCH_PASSWORD)');
  const base = new URL(url.href);
  base.username = '';
  base.password = '';
  base.pathname = url.pathname.replace(/\/+$/, '').replace(/[^/]*$/, '');
  return { admin: new CouchClient({ url: base.href, database, user, password }), users, options };
}

export async function teamSetupCommand(args: string[], out: (line: string) => void, err: (line: string) => void, env = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseTeamSetupArgs(args, env);
  } catch (error) {
    if (!(error instanceof TeamSetupUsageError)) throw error;
    err(`tacto team-setup: ${error.message}\nusage: ${TEAM_SETUP_USAGE}`);
    return 2;
  }
  try {
    await teamSetup(parsed.admin, parsed.users, (step) => out(`${step.result.padEnd(10)}${step.step}`), parsed.options);
    return 0;
  } catch (error) {
    err(`tacto team-setup: ${error instanceof SyncError ? `${error.state}: ${error.message}` : String(error)}`);
    return 1;
  }
}
