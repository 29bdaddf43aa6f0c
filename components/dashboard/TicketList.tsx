/**
 * The drill-down: the tickets behind what was clicked, each a link that opens the ticket in
 * its helpdesk (lib/log/ticket-links.ts), and the hosts those links use.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';
import type { TicketRow } from '@/lib/log/team';
import { normaliseHost, ticketUrl, type TicketHosts } from '@/lib/log/ticket-links';
import type { Drill } from './drill';

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  drill: Drill;
  tickets: TicketRow[];
  hosts: TicketHosts;
  onSaveHosts(hosts: TicketHosts): void;
  onClose(): void;
}

const HELPDESK_NAMES = { zendesk: 'Zendesk', freshdesk: 'Freshdesk', gmail: 'Gmail' } as const;

export function TicketList({ t, lang, drill, tickets, hosts, onSaveHosts, onClose }: Props) {
  const [typed, setTyped] = useState<TicketHosts>(hosts);
  useEffect(() => setTyped(hosts), [hosts]);
  const when = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const save = (event: Event) => {
    event.preventDefault();
    onSaveHosts({ zendesk: normaliseHost('zendesk', typed.zendesk), freshdesk: normaliseHost('freshdesk', typed.freshdesk) });
  };
  return (
    <section class="dash-tickets" data-drill-title={drill.title} aria-label={t('dashTickets', drill.title)}>
      <header>
        <h2>{t('dashTickets', drill.title)}</h2>
        <span>{t('dashTicketsCount', String(tickets.length))}</span>
        <button type="button" data-action="close-drill" onClick={onClose}>
          {t('dashClose')}
        </button>
      </header>
      {tickets.length === 0 ? (
        <p>{t('dashTicketsEmpty')}</p>
      ) : (
        <ol data-list="tickets">
          {tickets.map((row) => {
            const url = ticketUrl(row.helpdesk, row.ticket, hosts);
            const label = `${HELPDESK_NAMES[row.helpdesk]} #${row.ticket}`;
            return (
              <li key={`${row.helpdesk}:${row.ticket}`} data-ticket={`${row.helpdesk}:${row.ticket}`}>
                {url ? (
                  <a href={url} target="_blank" rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  <span class="dash-nolink">
                    {label} ({row.ticket === 'unknown' ? t('dashTicketNoRef') : t('dashTicketNoHost', HELPDESK_NAMES[row.helpdesk])})
                  </span>
                )}{' '}
                <span class="dash-ticket-meta">
                  {t('dashTicketEvents', String(row.events), row.agents.join(', '))} · {when.format(new Date(row.last))}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <form class="dash-hosts" onSubmit={save}>
        <p>{t('dashTicketHosts')}</p>
        <label>
          {t('dashHostZendesk')}{' '}
          <input name="zendeskHost" value={typed.zendesk} placeholder="acme.zendesk.com" onInput={(e) => setTyped({ ...typed, zendesk: (e.currentTarget as HTMLInputElement).value })} />
        </label>{' '}
        <label>
          {t('dashHostFreshdesk')}{' '}
          <input name="freshdeskHost" value={typed.freshdesk} placeholder="acme.freshdesk.com" onInput={(e) => setTyped({ ...typed, freshdesk: (e.currentTarget as HTMLInputElement).value })} />
        </label>{' '}
        <button type="submit" data-action="save-hosts">
          {t('dashHostSave')}
        </button>
      </form>
    </section>
  );
}
