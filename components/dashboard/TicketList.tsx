/**
 * The drill-down: the tickets behind what was clicked, each a link that opens the ticket in
 * its helpdesk (lib/log/ticket-links.ts), and the hosts those links use.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';
import type { TicketRow } from '@/lib/log/team';
import { normaliseHost, ticketUrl, type TicketHosts } from '@/lib/log/ticket-links';
import type { Drill } from './drill';
import { HOSTED_HELPDESKS, helpdeskName } from '@/lib/helpdesk/sites';

interface Props {
  t: Translate;
  lang: 'es' | 'en';
  drill: Drill;
  tickets: TicketRow[];
  hosts: TicketHosts;
  onSaveHosts(hosts: TicketHosts): void;
  onClose(): void;
}


export function TicketList({ t, lang, drill, tickets, hosts, onSaveHosts, onClose }: Props) {
  const [typed, setTyped] = useState<TicketHosts>(hosts);
  useEffect(() => setTyped(hosts), [hosts]);
  const when = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const save = (event: Event) => {
    event.preventDefault();
    onSaveHosts(Object.fromEntries(HOSTED_HELPDESKS.map((id) => [id, normaliseHost(id, typed[id])])) as TicketHosts);
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
            const label = `${helpdeskName(row.helpdesk)} #${row.ticket}`;
            return (
              <li key={`${row.helpdesk}:${row.ticket}`} data-ticket={`${row.helpdesk}:${row.ticket}`}>
                {url ? (
                  <a href={url} target="_blank" rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  <span class="dash-nolink">
                    {label} ({row.ticket === 'unknown' ? t('dashTicketNoRef') : t('dashTicketNoHost', helpdeskName(row.helpdesk))})
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
        {HOSTED_HELPDESKS.flatMap((id) => [
          <label key={id}>
            {t('dashHostOf', helpdeskName(id))}{' '}
            <input name={`${id}Host`} value={typed[id]} placeholder={normaliseHost(id, 'acme')} onInput={(e) => setTyped({ ...typed, [id]: (e.currentTarget as HTMLInputElement).value })} />
          </label>,
          ' ',
        ])}
        <button type="submit" data-action="save-hosts">
          {t('dashHostSave')}
        </button>
      </form>
    </section>
  );
}
