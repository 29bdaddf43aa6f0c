/**
 * The team playbook editor: search, add, edit and remove entries (title, text, language,
 * triggers), import and export of the spec's JSON file, and a reset to Tacto's default.
 * Every change is handed to `onChange`, which saves it; a bad file changes nothing.
 */
import { useMemo, useState } from 'preact/hooks';
import { fold } from '@/lib/analysis/text';
import type { Lang, Playbook, PlaybookEntry } from '@/lib/analysis/types';
import type { Translate } from '@/lib/coach/i18n';
import { DEFAULT_PLAYBOOK } from '@/lib/settings/playbook-default';
import { exportPlaybook, importPlaybook } from '@/lib/settings/playbook-file';
import { problemTexts } from '@/lib/settings/problems';
import { Feedback } from './Feedback';

interface Props {
  t: Translate;
  lang: Lang;
  playbook: Playbook;
  onChange(playbook: Playbook): Promise<boolean>;
  download(filename: string, text: string, type: string): void;
}

interface Draft {
  /** The id being edited, or null for a new entry. */
  id: string | null;
  title: string;
  text: string;
  lang: Lang;
  triggers: string;
}

/** A readable, unique id from the title: "es-reembolso-fuera-de-plazo". */
export function entryId(title: string, lang: Lang, taken: Set<string>): string {
  const slug = fold(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'entry';
  let id = `${lang}-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${lang}-${slug}-${n}`;
  return id;
}

export function splitTriggers(value: string): string[] {
  return [...new Set(value.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean))];
}

export function PlaybookEditor({ t, lang, playbook, onChange, download }: Props) {
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const shown = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return playbook.entries;
    return playbook.entries.filter((e) => fold([e.title, e.text, ...(e.triggers ?? [])].join(' ')).includes(q));
  }, [playbook, query]);

  const save = async (entries: PlaybookEntry[], message: string) => {
    const ok = await onChange({ format: 'tacto-playbook', version: 1, entries });
    if (ok) {
      setError('');
      setStatus(message);
    }
    return ok;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    const title = draft.title.trim();
    const text = draft.text.trim();
    if (!title || !text) {
      setError(t('setPbNeedTitleText'));
      return;
    }
    const taken = new Set(playbook.entries.map((e) => e.id).filter((id) => id !== draft.id));
    const entry: PlaybookEntry = { id: draft.id ?? entryId(title, draft.lang, taken), lang: draft.lang, title, text };
    const triggers = splitTriggers(draft.triggers);
    if (triggers.length) entry.triggers = triggers;
    const entries = draft.id ? playbook.entries.map((e) => (e.id === draft.id ? entry : e)) : [...playbook.entries, entry];
    if (await save(entries, draft.id ? t('setPbUpdated') : t('setPbAdded'))) setDraft(null);
  };

  const remove = (entry: PlaybookEntry) => {
    if (!confirm(t('setPbConfirmRemove', entry.title))) return;
    void save(playbook.entries.filter((e) => e.id !== entry.id), t('setPbRemoved'));
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const imported = importPlaybook(await file.text());
      await save(imported.entries, t('setPbImported', String(imported.entries.length)));
    } catch (e) {
      setStatus('');
      setError(`${t('setPbImportFailed')} ${problemTexts(e, t).join('; ')}`);
    }
  };

  const reset = () => {
    if (!confirm(t('setPbConfirmReset'))) return;
    void save(structuredClone(DEFAULT_PLAYBOOK.entries), t('setPbResetDone'));
  };

  const edit = (entry: PlaybookEntry | null) =>
    setDraft(
      entry
        ? { id: entry.id, title: entry.title, text: entry.text, lang: entry.lang, triggers: (entry.triggers ?? []).join(', ') }
        : { id: null, title: '', text: '', lang, triggers: '' },
    );

  return (
    <section class="set-section" data-section="playbook" aria-labelledby="set-playbook-title">
      <h2 id="set-playbook-title">{t('setPlaybookTitle')}</h2>
      <p class="set-help">{t('setPlaybookHelp')}</p>
      <div class="set-row">
        <input
          type="search"
          name="playbookSearch"
          placeholder={t('setPbSearch')}
          aria-label={t('setPbSearch')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="button" data-action="add-entry" onClick={() => edit(null)}>
          {t('setPbAdd')}
        </button>
        <button type="button" data-action="export-playbook" onClick={() => download('tacto-playbook.json', exportPlaybook(playbook), 'application/json')}>
          {t('setPbExport')}
        </button>
        <label class="set-file">
          {t('setPbImport')}
          <input type="file" name="playbookImport" accept=".json,application/json" onChange={importFile} />
        </label>
        <button type="button" data-action="reset-playbook" onClick={reset}>
          {t('setPbReset')}
        </button>
      </div>
      <Feedback error={error} status={status} area="playbook" />
      {draft && (
        <form class="set-entry-form" data-form="entry" onSubmit={submit}>
          <label>
            {t('setPbEntryTitle')}
            <input name="pbTitle" required value={draft.title} onInput={(e) => setDraft({ ...draft, title: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            {t('setPbEntryText')}
            <textarea name="pbText" rows={4} required value={draft.text} onInput={(e) => setDraft({ ...draft, text: (e.currentTarget as HTMLTextAreaElement).value })} />
          </label>
          <div class="set-row">
            <label>
              {t('setPbEntryLang')}
              <select name="pbLang" value={draft.lang} onChange={(e) => setDraft({ ...draft, lang: (e.currentTarget as HTMLSelectElement).value as Lang })}>
                <option value="es">Español</option>
                <option value="en">English</option>
              </select>
            </label>
            <label class="set-grow">
              {t('setPbEntryTriggers')}
              <input name="pbTriggers" value={draft.triggers} placeholder={t('setPbTriggersHint')} onInput={(e) => setDraft({ ...draft, triggers: (e.currentTarget as HTMLInputElement).value })} />
            </label>
          </div>
          <div class="set-row">
            <button type="submit" data-action="save-entry">
              {t('setPbSaveEntry')}
            </button>
            <button type="button" data-action="cancel-entry" onClick={() => setDraft(null)}>
              {t('setCancel')}
            </button>
          </div>
        </form>
      )}
      <p class="set-count">{t('setPbCount', String(shown.length), String(playbook.entries.length))}</p>
      <ul class="set-entries">
        {shown.map((entry) => (
          <li key={entry.id} data-entry={entry.id}>
            <div class="set-entry-head">
              <strong>{entry.title}</strong> <span class="set-tag">{entry.lang}</span>
              <span class="set-spacer" />
              <button type="button" data-action="edit-entry" onClick={() => edit(entry)}>
                {t('setEdit')}
              </button>
              <button type="button" data-action="remove-entry" onClick={() => remove(entry)}>
                {t('setRemove')}
              </button>
            </div>
            <p>{entry.text}</p>
            {entry.triggers?.length ? <p class="set-triggers">{entry.triggers.join(' · ')}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
