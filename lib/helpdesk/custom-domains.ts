/**
 * Custom helpdesk domains (`support.acme.com` running Zendesk): the host permission is an
 * optional one, asked for when the user adds the domain, and the content scripts are
 * registered for that host with `scripting.registerContentScripts`, persisted by the
 * browser across restarts and re-checked by the background on start-up.
 *
 * What gets registered is read from the built manifest: every declared content script
 * whose matches cover the helpdesk type's own pattern (the isolated helpdesk script, and
 * the MAIN-world page bridge for Zendesk and Freshdesk), with the same files, world and
 * run_at, for `https://<host>/<the type's app path>`. So file names never go stale.
 *
 * Extension pages and the background only (needs `browser.permissions` and `scripting`).
 */
import { browser, type Browser } from 'wxt/browser';
import { builtInPattern, CUSTOM_DOMAIN_HELPDESKS, type CustomDomainHelpdesk, siteOf } from './sites';
import { helpdeskEnabled } from '../settings/coach-context';
import type { CustomDomain, Settings } from '../settings/types';

/** The built-in pattern of each helpdesk type and the app path it coaches on any host. */
export const HELPDESK_PATTERNS = Object.fromEntries(
  CUSTOM_DOMAIN_HELPDESKS.map((id) => [id, { builtIn: builtInPattern(siteOf(id)), path: siteOf(id).appPath }]),
) as Record<CustomDomainHelpdesk, { builtIn: string; path: string }>;

export const SCRIPT_ID_PREFIX = 'tacto-custom-';

/** The origin pattern the permission is asked for. */
export function originPattern(host: string): string {
  return `https://${host}/*`;
}

type RegisteredScript = Browser.scripting.RegisteredContentScript;
interface ManifestContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
  all_frames?: boolean;
  world?: 'ISOLATED' | 'MAIN';
}

/** The content scripts to register for one custom domain, derived from the manifest's. */
export function scriptsForDomain(domain: CustomDomain, manifestScripts: ManifestContentScript[]): RegisteredScript[] {
  const { builtIn, path } = HELPDESK_PATTERNS[domain.helpdesk];
  return manifestScripts
    .filter((cs) => cs.matches?.includes(builtIn) && (cs.js?.length || cs.css?.length))
    .map((cs, i) => ({
      id: `${SCRIPT_ID_PREFIX}${domain.host}-${i}`,
      matches: [`https://${domain.host}${path}`],
      runAt: (cs.run_at ?? 'document_idle') as RegisteredScript['runAt'],
      allFrames: cs.all_frames ?? false,
      persistAcrossSessions: true,
      ...(cs.js?.length ? { js: cs.js } : {}),
      ...(cs.css?.length ? { css: cs.css } : {}),
      ...(cs.world === 'MAIN' ? { world: 'MAIN' as const } : {}),
    }) as RegisteredScript);
}

function manifestScripts(): ManifestContentScript[] {
  return (browser.runtime.getManifest().content_scripts ?? []) as ManifestContentScript[];
}

export async function hostGranted(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(host)] });
  } catch {
    return false;
  }
}

/**
 * Asks the browser for the host's permission. Call it straight from the click handler
 * (before any other await): browsers only show the prompt for a user gesture.
 */
export function requestHost(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(host)] });
}

export async function removeHost(host: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [originPattern(host)] });
  } catch (error) {
    console.warn('[Tacto] could not remove the host permission', host, error);
  }
}

const sameScript = (a: RegisteredScript, b: RegisteredScript) =>
  JSON.stringify([a.matches, a.js ?? [], a.css ?? [], a.runAt, a.world ?? 'ISOLATED']) ===
  JSON.stringify([b.matches, b.js ?? [], b.css ?? [], b.runAt, b.world ?? 'ISOLATED']);

let chain: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered scripts match the settings: one set per custom domain whose
 * permission is granted and whose helpdesk is enabled; nothing for the rest. Idempotent
 * and serialised per context; tolerant of another context syncing at the same time.
 * Returns the hosts that are registered afterwards.
 */
export function syncCustomDomainScripts(settings: Settings): Promise<string[]> {
  const run = chain.then(() => sync(settings));
  chain = run.catch(() => undefined);
  return run;
}

async function sync(settings: Settings): Promise<string[]> {
  if (!browser.scripting?.registerContentScripts) return [];
  const desired = new Map<string, RegisteredScript>();
  const active: string[] = [];
  for (const domain of settings.customDomains) {
    if (!helpdeskEnabled(settings, domain.helpdesk) || !(await hostGranted(domain.host))) continue;
    active.push(domain.host);
    for (const script of scriptsForDomain(domain, manifestScripts())) desired.set(script.id, script);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX));
  const stale = registered.filter((s) => !desired.has(s.id) || !sameScript(s, desired.get(s.id)!)).map((s) => s.id);
  if (stale.length) {
    await browser.scripting.unregisterContentScripts({ ids: stale }).catch((error: unknown) => console.warn('[Tacto] unregister', error));
  }
  const keep = new Set(registered.map((s) => s.id).filter((id) => !stale.includes(id)));
  const missing = [...desired.values()].filter((s) => !keep.has(s.id));
  for (const script of missing) {
    try {
      await browser.scripting.registerContentScripts([script]);
    } catch (error) {
      // Another context registered it meanwhile, or this browser has no MAIN world for
      // registered scripts (the page bridge then falls back to plain DOM writes).
      if (!/duplicate/i.test(String(error))) console.warn('[Tacto] could not register', script.id, error);
    }
  }
  return active;
}
