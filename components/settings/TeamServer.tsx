/**
 * «Team server»: the team's own CouchDB (docs/team-sync.md). Saving asks for the server's
 * host permission in the click itself, checks the connection and keeps the server; the
 * background then pushes the log's new events. Hooks (ui.md): `input[name="syncUrl"]`
 * (the database's address), `input[name="syncUser"]`, `input[name="syncPassword"]`,
 * `input[name="syncBackfill"]` (also send the events logged before connecting; checked by
 * default), `[data-action="sync-connect"]`, and the state line `[data-tacto="sync-state"][role="status"]`
 * with `data-state` (`off`, `connected`, `offline`, `error`), `data-reason` (the precise
 * state, SYNC_STATES in lib/log/sync/client.ts) and `data-queued`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/coach/i18n';
import { contractState, databaseUrl, splitDatabaseUrl, type SyncState } from '@/lib/log/sync/client';
import type { TeamServerStore } from '@/lib/log/sync/options';
import type { TeamSyncStatus } from '@/lib/log/sync/store';

interface Props {
  t: Translate;
  store: TeamServerStore;
}

const stateKey = (state: SyncState) => `teamState_${state.replace(/-/g, '_')}`;

export function TeamServer({ t, store }: Props) {
  const [form, setForm] = useState({ address: '', user: '', password: '' });
  // On by default: a lead who asks the team to connect wants the weeks already logged too.
  const [backfill, setBackfill] = useState(true);
  const [status, setStatus] = useState<TeamSyncStatus | null>(null);
  const [checked, setChecked] = useState<{ state: SyncState; at: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    void store.load().then((server) => {
      if (!server) return;
      setForm({ address: databaseUrl(server), user: server.user, password: server.password });
      setBackfill(server.backfill !== false);
    });
    void store.status().then(setStatus);
    return store.watchStatus(setStatus);
  }, [store]);

  // Functional update: inputs filled in one go (a password manager) must not undo each other.
  const field = (name: keyof typeof form) => (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    setForm((current) => ({ ...current, [name]: value }));
  };

  const save = (e: Event) => {
    e.preventDefault();
    const place = splitDatabaseUrl(form.address);
    if (!place) return setError(t('teamServerBadUrl'));
    setError('');
    const server = { ...place, user: form.user, password: form.password, backfill };
    // The permission request comes first, synchronously in the click: a user gesture.
    const permission = store.requestHost(place.url);
    setBusy(true);
    void (async () => {
      try {
        const granted = await permission;
        const state = granted ? await store.check(server) : 'permission-refused';
        await store.save(server);
        setChecked({ state, at: new Date().toISOString() });
      } finally {
        setBusy(false);
      }
    })();
  };

  const forget = () => {
    setChecked(null);
    void store.save(null);
  };

  // The newer of the background's status and this page's own check.
  const state: SyncState = checked && (!status || checked.at >= status.at) ? checked.state : (status?.state ?? 'off');
  const queued = status?.queued ?? 0;

  return (
    <section class="set-section" data-section="team-server" aria-labelledby="set-team-server-title">
      <h2 id="set-team-server-title">{t('teamServerTitle')}</h2>
      <p class="set-help">{t('teamServerHelp')}</p>
      <form class="set-row" onSubmit={save}>
        <label>
          {t('teamServerUrl')}
          <input type="url" name="syncUrl" required placeholder="https://couch.example.com:6984/tacto" value={form.address} onInput={field('address')} />
        </label>
        <label>
          {t('teamServerUser')}
          <input type="text" name="syncUser" autocomplete="username" required value={form.user} onInput={field('user')} />
        </label>
        <label>
          {t('teamServerPassword')}
          <input type="password" name="syncPassword" autocomplete="current-password" required value={form.password} onInput={field('password')} />
        </label>
        <label>
          <input type="checkbox" name="syncBackfill" checked={backfill} onChange={(e) => setBackfill((e.target as HTMLInputElement).checked)} />
          {t('teamServerBackfill')}
        </label>
        <button type="submit" data-action="sync-connect" disabled={busy}>
          {t('teamServerSave')}
        </button>
        <button type="button" data-action="sync-disconnect" disabled={busy} onClick={forget}>
          {t('teamServerForget')}
        </button>
      </form>
      {error && (
        <p role="alert" class="set-error" data-error-for="team-server">
          {error}
        </p>
      )}
      <p role="status" class="set-status" data-tacto="sync-state" data-state={contractState(state)} data-reason={busy ? 'checking' : state} data-queued={queued} data-delivered={status?.delivered ?? 0}>
        {busy ? t('teamServerChecking') : t(stateKey(state))}
        {queued > 0 && ` · ${t('teamQueued', String(queued))}`}
        {(status?.delivered ?? 0) > 0 && ` · ${t('teamSent', String(status?.delivered))}`}
      </p>
    </section>
  );
}
