import { describe, expect, it } from 'vitest';
import { TactoDatabase } from '../../lib/log/db';
import { appendEvents } from '../../lib/log/writer';
import type { LogEvent } from '../../lib/log/messaging';

const base: LogEvent = {
  id: 'e1',
  at: '2026-11-23T10:00:00.000Z',
  helpdesk: 'freshdesk',
  ticket: '5678',
  kind: 'finding',
  type: 'blame',
  action: 'sent',
  lang: 'en',
  topic: 'refund',
  agent: 'ana',
};

describe('the event log', () => {
  it('stores a retried event once', async () => {
    const db = new TactoDatabase(`test-${Math.random()}`);
    expect(await appendEvents(db, [base, { ...base, id: 'e2' }])).toBe(2);
    expect(await appendEvents(db, [base])).toBe(0);
    expect(await db.events.count()).toBe(2);
    expect(await db.events.where('[kind+type]').equals(['finding', 'blame']).count()).toBe(2);
    db.close();
  });
});
