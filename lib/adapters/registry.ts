import { freshdesk } from './freshdesk';
import { gmail } from './gmail';
import type { HelpdeskAdapter } from './types';
import { zendesk } from './zendesk';

export const ADAPTERS: HelpdeskAdapter[] = [zendesk, freshdesk, gmail];

/** The adapter for a built-in helpdesk host, by its host name. */
export function adapterForHost(host: string): HelpdeskAdapter | undefined {
  if (host.endsWith('.zendesk.com')) return zendesk;
  if (host.endsWith('.freshdesk.com')) return freshdesk;
  if (host === 'mail.google.com') return gmail;
  return undefined;
}
