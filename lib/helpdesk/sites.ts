/**
 * The helpdesks Tacto coaches on, one entry each: what the rest of the extension needs to
 * know of a helpdesk without loading its adapter (the background, the settings, the options
 * page and the build read this; the page's code is in ./adapters/). Adding a helpdesk is an
 * entry here, its adapter in ./adapters/ (listed in ./adapters/registry.ts) and its fixture
 * page; tests/helpdesk/sites.test.ts fails when one of them is missing or they disagree.
 */

export interface Site {
  /** Stored in the log and the settings: never rename. */
  readonly id: string;
  /** As the product calls itself, on screen in both languages. */
  readonly name: string;
  /** `*.zendesk.com`: any subdomain of `hostSuffix`; else exactly `host`. */
  readonly host: { readonly suffix: string } | { readonly exact: string };
  /** The path of the app the agents answer in, as a match pattern's path (`/agent/*`). */
  readonly appPath: string;
  /** Whether a team can run it on its own domain (`support.acme.com`). */
  readonly customDomains: boolean;
  /** Whether its editor is a framework editor written through its own API from the page's world (lib/helpdesk/editors/). */
  readonly pageBridge: boolean;
  /** Where a logged ticket reference opens, after the host (`/agent/tickets/`). */
  readonly ticketPath: string;
}

export const SITES = [
  { id: 'zendesk', name: 'Zendesk', host: { suffix: 'zendesk.com' }, appPath: '/agent/*', customDomains: true, pageBridge: true, ticketPath: '/agent/tickets/' },
  { id: 'freshdesk', name: 'Freshdesk', host: { suffix: 'freshdesk.com' }, appPath: '/a/*', customDomains: true, pageBridge: true, ticketPath: '/a/tickets/' },
  { id: 'gmail', name: 'Gmail', host: { exact: 'mail.google.com' }, appPath: '/*', customDomains: false, pageBridge: false, ticketPath: '/mail/u/0/#all/' },
] as const satisfies readonly Site[];

type SiteEntry = (typeof SITES)[number];
export type HelpdeskId = SiteEntry['id'];
/** Helpdesks a custom domain can run (Gmail only lives on mail.google.com). */
export type CustomDomainHelpdesk = Extract<SiteEntry, { customDomains: true }>['id'];

/** Helpdesks on subdomains of their own domain (`acme.zendesk.com`): a lead types which one is the team's. */
export type HostedHelpdesk = Extract<SiteEntry, { host: { suffix: string } }>['id'];

export const HELPDESKS = SITES.map((s) => s.id) as readonly HelpdeskId[] as readonly [HelpdeskId, ...HelpdeskId[]];
export const CUSTOM_DOMAIN_HELPDESKS = SITES.filter((s) => s.customDomains).map((s) => s.id) as readonly CustomDomainHelpdesk[] as readonly [
  CustomDomainHelpdesk,
  ...CustomDomainHelpdesk[],
];

export const HOSTED_HELPDESKS = SITES.filter((s) => 'suffix' in s.host).map((s) => s.id) as readonly HostedHelpdesk[];

export function siteOf(id: HelpdeskId): Site {
  return SITES.find((s) => s.id === id)!;
}

/** The on-screen name of a helpdesk. */
export function helpdeskName(id: HelpdeskId): string {
  return siteOf(id).name;
}

/** The match pattern of the helpdesk's own hosts: `https://*.zendesk.com/agent/*`. */
export function builtInPattern(site: Site): string {
  return 'suffix' in site.host ? `https://*.${site.host.suffix}${site.appPath}` : `https://${site.host.exact}${site.appPath}`;
}

/** The helpdesk a host belongs to by its name alone (custom domains are in the settings). */
export function siteForHost(host: string): Site | undefined {
  const name = host.toLowerCase();
  return SITES.find((s) => ('suffix' in s.host ? name.endsWith(`.${s.host.suffix}`) : name === s.host.exact));
}

/** Every site's content-script match pattern, and those whose editors need the page bridge. */
export const HELPDESK_MATCHES: readonly string[] = SITES.map(builtInPattern);
export const PAGE_BRIDGE_MATCHES: readonly string[] = SITES.filter((s) => s.pageBridge).map(builtInPattern);
