import { freshdesk } from './freshdesk';
import { gmail } from './gmail';
import { siteForHost } from '../sites';
import type { HelpdeskAdapter } from './types';
import { zendesk } from './zendesk';

export const ADAPTERS: HelpdeskAdapter[] = [zendesk, freshdesk, gmail];

/**
 * The adapter for a host: a built-in helpdesk host by its name, else a custom domain
 * (settings.customDomains) by its configured helpdesk type.
 */
export function adapterForHost(
  host: string,
  customDomains: readonly { host: string; helpdesk: HelpdeskAdapter['id'] }[] = [],
): HelpdeskAdapter | undefined {
  const site = siteForHost(host);
  if (site) return ADAPTERS.find((a) => a.id === site.id);
  const custom = customDomains.find((d) => d.host === host.toLowerCase());
  return custom ? ADAPTERS.find((a) => a.id === custom.helpdesk) : undefined;
}
