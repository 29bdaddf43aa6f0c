/** Custom helpdesk domains as people type them, read into the host name Tacto registers. */

const BUILT_IN_SUFFIXES = ['.zendesk.com', '.freshdesk.com'];

/**
 * A custom domain as typed by a person: "support.acme.com", "https://support.acme.com/agent/"
 * → "support.acme.com". Returns an error text (English) for hosts Tacto cannot use.
 */
export function parseHost(input: string): { host: string } | { error: string } {
  let raw = input.trim().toLowerCase();
  if (!raw) return { error: 'empty host' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(raw)) {
    if (!raw.startsWith('https://')) return { error: 'only https sites can be coached' };
    try {
      raw = new URL(raw).hostname;
    } catch {
      return { error: `"${input.trim()}" is not a web address` };
    }
  } else raw = raw.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  const labels = raw.split('.');
  const valid =
    raw.length <= 253 && labels.length >= 2 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l)) && /[a-z]/.test(labels[labels.length - 1]);
  if (!valid) return { error: `"${input.trim()}" is not a host name like support.acme.com` };
  if (BUILT_IN_SUFFIXES.some((s) => raw.endsWith(s)) || raw === 'mail.google.com') return { error: `${raw} is already covered by Tacto` };
  return { host: raw };
}
