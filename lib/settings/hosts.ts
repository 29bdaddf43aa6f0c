/** Custom helpdesk domains as people type them, read into the host name Tacto registers. */
import { siteForHost } from '../helpdesk/sites';

export interface HostProblem {
  key: 'errHostEmpty' | 'errHostHttps' | 'errHostName' | 'errHostBuiltIn';
  subs: string[];
}


/**
 * A custom domain as typed by a person: "support.acme.com", "https://support.acme.com/agent/"
 * → "support.acme.com". For hosts Tacto cannot use, the problem (a locale key and its values).
 */
export function parseHost(input: string): { host: string } | { error: HostProblem } {
  let raw = input.trim().toLowerCase();
  if (!raw) return { error: { key: 'errHostEmpty', subs: [] } };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(raw)) {
    if (!raw.startsWith('https://')) return { error: { key: 'errHostHttps', subs: [] } };
    try {
      raw = new URL(raw).hostname;
    } catch {
      return { error: { key: 'errHostName', subs: [input.trim()] } };
    }
  } else raw = raw.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  const labels = raw.split('.');
  const valid =
    raw.length <= 253 && labels.length >= 2 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l)) && /[a-z]/.test(labels[labels.length - 1]);
  if (!valid) return { error: { key: 'errHostName', subs: [input.trim()] } };
  if (siteForHost(raw)) return { error: { key: 'errHostBuiltIn', subs: [raw] } };
  return { host: raw };
}
