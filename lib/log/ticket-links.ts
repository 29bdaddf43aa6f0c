/**
 * Links from a logged ticket reference back to the ticket in its helpdesk. The log keeps
 * only the reference (a Zendesk or Freshdesk number, a Gmail thread id), not the host, so
 * the host comes from the team's settings: a custom domain of that helpdesk type when one
 * is set, else the host the lead types on the dashboard (`acme` → `acme.zendesk.com`).
 * Hosts, paths and suffixes are the sites registry's (lib/helpdesk/sites.ts).
 *
 * Gmail: the adapter stores the thread's legacy id (16 hex digits, from the open thread's
 * `data-legacy-thread-id`) or, failing that, the last part of the URL's hash (the token
 * Gmail itself puts in the address). Both open the thread as `#all/<ref>`, which shows the
 * conversation whatever its label, so a thread link is always used; a search link would
 * need words from the mail, which the log never keeps. The link opens the first signed-in
 * account (`/mail/u/0/`): a lead signed in to several accounts may land in the wrong one.
 */
import { HOSTED_HELPDESKS, type HostedHelpdesk, siteOf } from '../helpdesk/sites';
import type { HelpdeskId } from './messaging';

export type TicketHosts = Record<HostedHelpdesk, string>;

export const EMPTY_TICKET_HOSTS = Object.fromEntries(HOSTED_HELPDESKS.map((id) => [id, ''])) as TicketHosts;

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * A host the lead typed, cleaned: a bare subdomain gets the helpdesk's own domain, a pasted
 * URL keeps only its host. '' when it is not a host name.
 */
export function normaliseHost(helpdesk: keyof TicketHosts, typed: string): string {
  let host = typed.trim().toLowerCase();
  host = host.replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/\.$/, '');
  if (!host || !HOST.test(host)) return '';
  const site = siteOf(helpdesk);
  return host.includes('.') || !('suffix' in site.host) ? host : `${host}.${site.host.suffix}`;
}

/** The link that opens a ticket, or null when the reference or the host is unknown. */
export function ticketUrl(helpdesk: HelpdeskId, ticket: string, hosts: TicketHosts): string | null {
  if (!ticket || ticket === 'unknown') return null;
  const ref = encodeURIComponent(ticket);
  const site = siteOf(helpdesk);
  if ('exact' in site.host) return `https://${site.host.exact}${site.ticketPath}${ref}`;
  const host = normaliseHost(helpdesk as HostedHelpdesk, hosts[helpdesk as HostedHelpdesk] ?? '');
  if (!host || !/^\d+$/.test(ticket)) return null;
  return `https://${host}${site.ticketPath}${ref}`;
}

/** Hosts from the custom domains (first of each type), with the typed ones filling the gaps. */
export function ticketHosts(customDomains: Array<{ host: string; helpdesk: string }>, typed: Partial<TicketHosts>): TicketHosts {
  const hosts: TicketHosts = { ...EMPTY_TICKET_HOSTS };
  for (const key of Object.keys(hosts) as Array<keyof TicketHosts>) {
    const custom = customDomains.find((d) => d.helpdesk === key)?.host ?? '';
    hosts[key] = normaliseHost(key, typed[key] ?? '') || normaliseHost(key, custom);
  }
  return hosts;
}
