/** Spawns the real CLI (`tsx lib/node/cli.ts`) as `npm run tacto` does. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function tacto(args: string[], stdin?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'lib/node/cli.ts'), ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 60_000 });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { code: r.status, lines, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'tacto-cli-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const SPEC_LINE = {
  id: 'd1', role: 'agent', text: 'Mañana lo tienes resuelto.', lang: 'es', now: '2026-11-20T17:30:00-05:00',
  context: {
    timezone: 'America/Lima', priority: 'normal', businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    holidays: ['2026-12-08'], holidaysCountry: 'PE', minBusinessHours: { low: 24, normal: 8, high: 4, urgent: 2 },
  },
};

// Each test starts the CLI through tsx (about 1.5 s a start here, twice that on a busy machine): vitest's 5 s default is too tight.
describe('tacto analyze', { timeout: 30_000 }, () => {
  it('answers the spec example line by line, in order, with only JSON on stdout', () => {
    const file = write('good.jsonl', [
      JSON.stringify(SPEC_LINE),
      JSON.stringify({ id: 'c1', role: 'customer', text: 'Es la tercera vez que escribo por lo mismo.' }),
      JSON.stringify({ id: 'e1', role: 'agent', text: "I'll call you tomorrow.", expect: { rules: [] } }),
    ].join('\n'));
    const { code, lines } = tacto(['analyze', file]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['d1', 'c1', 'e1']);
    expect(Object.keys(lines[0])).toEqual(['id', 'lang', 'register', 'findings', 'commitments', 'moments']);
    expect(lines[0].register).toBe('tu');
    expect(lines[0].findings[0].confidence).toBeGreaterThanOrEqual(0.9);
    expect(lines[0].commitments).toEqual([
      { start: 0, end: 6, quote: 'Mañana', due: '2026-11-22T00:00:00-05:00', windowBusinessHours: 0.5, realistic: false },
    ]);
    expect(lines[0].findings[0]).toMatchObject({ rule: 'unrealistic-commitment', start: 0, end: 6, quote: 'Mañana' });
    expect(lines[1]).toMatchObject({ id: 'c1', findings: [], commitments: [] });
    expect(lines[2].lang).toBe('en');
  });

  it('reports bad lines in place, goes on, and exits 1', () => {
    const file = write('bad.jsonl', [
      '{not json',
      JSON.stringify({ text: 'sin id' }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'ok', text: 'Gracias por escribirnos.' }),
    ].join('\n'));
    const { code, lines } = tacto(['analyze', file]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ id: null, error: expect.any(String) });
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('id') });
    expect(lines[2]).toEqual({ id: 'no-text', error: expect.stringContaining('text') });
    expect(lines[3]).toMatchObject({ id: 'ok', lang: 'es', findings: [] });
  });

  it('reads stdin when FILE is -', () => {
    const { code, lines } = tacto(['analyze', '-'], JSON.stringify({ id: 's', text: 'Te llamo en 5 minutos.', now: '2026-11-17T10:00:00-06:00' }) + '\n');
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0].commitments[0]).toMatchObject({ quote: 'en 5 minutos', realistic: false });
  });

  it('accepts a playbook and rejects a malformed one on stderr', () => {
    const input = write('one.jsonl', JSON.stringify({ id: 'p', text: 'Hola.' }));
    const good = write('pb.json', JSON.stringify({ format: 'tacto-playbook', version: 1, entries: [] }));
    expect(tacto(['analyze', input, '--playbook', good]).code).toBe(0);
    const bad = write('bad-pb.json', JSON.stringify({ format: 'other', entries: [] }));
    const r = tacto(['analyze', input, '--playbook', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/playbook .*format: this is not a playbook \(format «other»/);
  });

  it('rejects an unknown subcommand', () => {
    const r = tacto(['nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
