import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TactoDatabase } from '../../lib/log/db';
import { weekEvents } from '../../lib/log/store';

/** The database as the walking skeleton shipped it (schema v1 only). */
class V1Database extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({ events: 'id, at, ticket, [kind+type], agent' });
  }
}

/** The database as issue 13's parts 1–3 shipped it (schema v2). */
class V2Database extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({ events: 'id, at, ticket, [kind+type], agent' });
    this.version(2).stores({ events: 'id, t, ticket, [kind+type], agent', imports: 'key, agent, week' });
  }
}

describe('schema upgrade v1 → v2', () => {
  it('keeps every v1 event, adds the `t` index and the imports table', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new V1Database(name);
    await v1.table('events').bulkAdd([
      { id: 'a', at: '2026-11-23T10:00:00.000Z', helpdesk: 'zendesk', ticket: '1', kind: 'moment', type: 'anger', action: 'seen', lang: 'es', topic: 'reembolso', agent: 'ana' },
      { id: 'b', at: '2026-11-24T09:30:00-05:00', helpdesk: 'gmail', ticket: '2', kind: 'finding', type: 'blame', action: 'sent', lang: 'en', topic: '', agent: 'ana' },
      // A v1 row written before topics existed.
      { id: 'c', at: '2026-11-25T08:00:00.000Z', helpdesk: 'freshdesk', ticket: '3', kind: 'finding', type: 'blame', action: 'revised', lang: 'en', agent: 'ana' },
    ]);
    v1.close();

    const db = new TactoDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const rows = await db.events.orderBy('t').toArray();
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[1].t).toBe(Date.parse('2026-11-24T14:30:00.000Z'));
    expect(rows[1].at).toBe('2026-11-24T09:30:00-05:00'); // the exported value is untouched
    expect(rows[2].topic).toBe('');
    expect(await db.imports.count()).toBe(0);
    expect((await weekEvents(db, '2026-W48')).length).toBe(3);
    expect(await db.events.where('[kind+type]').equals(['finding', 'blame']).count()).toBe(2);
    db.close();
  });

  it('opens a fresh database at v3', async () => {
    const db = new TactoDatabase(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'imports', 'outbox']);
    db.close();
  });
});

describe('schema upgrade v2 → v3 (the team-server outbox)', () => {
  it('keeps every v2 event and import, and queues none of them', async () => {
    const name = `upgrade3-${Math.random()}`;
    const v2 = new V2Database(name);
    await v2.table('events').bulkAdd([
      { id: 'a', at: '2026-11-23T10:00:00.000Z', t: Date.parse('2026-11-23T10:00:00.000Z'), helpdesk: 'zendesk', ticket: '1', kind: 'moment', type: 'anger', action: 'seen', lang: 'es', topic: 'reembolso', agent: 'ana' },
      { id: 'b', at: '2026-11-24T09:30:00-05:00', t: Date.parse('2026-11-24T09:30:00-05:00'), helpdesk: 'gmail', ticket: '2', kind: 'finding', type: 'blame', action: 'sent', lang: 'en', topic: '', agent: 'ana' },
    ]);
    await v2.table('imports').add({ key: 'ben|2026-W48|x', agent: 'ben', week: '2026-W48', generatedAt: 'x', events: 3, added: 3, importedAt: 'y' });
    v2.close();

    const db = new TactoDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.events.orderBy('t').toArray()).map((r) => r.id)).toEqual(['a', 'b']);
    expect(await db.imports.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    // The new table works at once: a queued append lands in both tables.
    const { appendEvents } = await import('../../lib/log/writer');
    const stored = await appendEvents(db, [{ id: 'c', at: '2026-11-25T08:00:00.000Z', helpdesk: 'freshdesk', ticket: '3', kind: 'finding', type: 'blame', action: 'revised', lang: 'en', topic: '', agent: 'ana' }], { queue: true });
    expect(stored).toBe(1);
    expect((await db.outbox.toArray()).map((r) => r.id)).toEqual(['c']);
    db.close();
  });
});
