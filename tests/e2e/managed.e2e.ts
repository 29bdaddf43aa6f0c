/**
 * Settings by policy, in real Chromium with a real policy file — no mock of storage.managed:
 * - the built extension is copied and its copy's manifest gets a `key` (made here, thrown
 *   away after), so the copy has a known, stable id (the shipped build has no key);
 * - a Chromium policy file, `/etc/chromium/policies/managed/tacto-e2e-<pid>.json`, sets the
 *   `3rdparty` extension policy for that id: a playbook with one team entry and a team
 *   allow-list. The test writes it before Chromium starts and removes it after (it runs as
 *   root; the policy names only this run's extension id, so no other browser is affected);
 * - the managed playbook entry is offered in the sidebar, the team phrase is not flagged,
 *   and the options page shows both read-only (`data-managed="true"`, controls disabled).
 *
 * Skipped (with the reason) when the policy directory cannot be written (not root).
 *
 * Run: npm run build && npx tsx --test --test-reporter=spec tests/e2e/managed.e2e.ts
 */
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXTENSION_DIR, launch, type Harness } from './browser.ts';
import { DRIVERS } from './drivers.ts';
import { openFixture, sidebarOf, waitFor } from './helpers.ts';
import { startServer, type FixtureServer } from './server.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `tacto-e2e-${process.pid}.json`);
const STEP = { timeout: 90_000 };
const zendesk = DRIVERS.find((d) => d.site === 'zendesk')!;

const TEAM_ENTRY = {
  id: 'acme-credito-tienda',
  lang: 'es',
  title: 'Crédito en tienda (ACME)',
  text: 'Como alternativa, puedo ofrecerte un crédito en tienda por el importe completo.',
  triggers: ['archivos', 'adjuntos'],
};
const POLICY = {
  playbook: { format: 'tacto-playbook', version: 1, entries: [TEAM_ENTRY] },
  allowPhrases: ['cálmese, no es para tanto'],
};

/** A Chrome extension id from the manifest key: the first 128 bits of SHA-256 of the key, as letters a–p. */
function extensionIdOf(publicKeyDer: Buffer): string {
  return [...createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function canWritePolicies(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch (error) {
    return `cannot write ${POLICY_DIR} (${(error as Error).message}); run as root`;
  }
}

const cannot = canWritePolicies();
let server: FixtureServer;
let harness: Harness;
let copy: string;
let id: string;

describe('settings by policy (Chromium, real policy file)', { skip: cannot ?? false }, () => {
  before(async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    id = extensionIdOf(der);
    copy = mkdtempSync(join(tmpdir(), 'tacto-e2e-managed-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
    assert.equal(manifest.key, undefined, 'the shipped build carries no key');
    assert.equal(manifest.storage?.managed_schema, 'managed-schema.json');
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, key: der.toString('base64') }));
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: POLICY } } }));
    server = await startServer();
    harness = await launch(server, { extensionDir: copy });
    assert.equal(await harness.extensionId(), id, 'the key gives the copy the id the policy names');
  });

  after(async () => {
    rmSync(POLICY_FILE, { force: true });
    await harness?.close();
    await server?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('the managed playbook entry is offered and the team phrase is not flagged', STEP, async () => {
    const { page } = await openFixture(harness, 'zendesk');
    // Clicked until the sidebar shows: a click before Tacto has started on the page opens
    // nothing (as for an agent). The policy's values may arrive a moment after the start.
    await waitFor(async () => {
      await zendesk.focusEditor(page);
      assert.equal(await sidebarOf(page).count(), 1);
    }, 10_000, 500);
    await page.keyboard.type('No es posible, no aceptamos archivos de más de 10 MB. Cálmese, no es para tanto.');
    const offered = sidebarOf(page).locator(`[data-rule="flat-refusal"] [data-action="insert-alternative"][data-alternative="${TEAM_ENTRY.id}"]`);
    await waitFor(async () => assert.equal(await offered.count(), 1, 'the team entry from the policy is offered'), 15_000, 150);
    assert.match((await offered.textContent()) ?? '', /Crédito en tienda \(ACME\)/);
    // The only playbook is the policy's: the default entries are not offered.
    const alternatives = await sidebarOf(page).locator('[data-action="insert-alternative"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-alternative')));
    assert.deepEqual([...new Set(alternatives)], [TEAM_ENTRY.id]);
    const rules = await sidebarOf(page).locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    assert.ok(!rules.includes('dismissive'), `the team's allowed phrase is not flagged: ${rules.join()}`);
    await page.close();
  });

  test('the options page shows the managed playbook and team phrase read-only', STEP, async () => {
    const options = await harness.newPage();
    await options.goto(`chrome-extension://${id}/options.html#settings`);
    await options.locator('[data-tacto="settings"]').waitFor({ timeout: 10_000 });
    const playbook = options.locator('fieldset[data-managed="true"][data-managed-keys="playbook"]');
    await playbook.waitFor({ timeout: 10_000 });
    assert.match((await playbook.locator('[data-tacto="managed-note"]').textContent()) ?? '', /organi[sz]ation|organización/);
    assert.ok((await playbook.textContent())?.includes(TEAM_ENTRY.title), 'the entry is shown');
    const buttons = playbook.locator('button');
    assert.ok((await buttons.count()) > 0);
    for (const button of await buttons.all()) assert.equal(await button.isDisabled(), true, `${await button.textContent()} is disabled`);
    assert.equal(await playbook.locator('input, textarea, select').evaluateAll((els) => els.every((el) => el.matches(':disabled'))), true);
    // Parts the policy does not set stay editable.
    assert.equal(await options.locator('fieldset[data-managed="true"] select[name="timezone"]').count(), 0);
    assert.equal(await options.locator('select[name="timezone"]').isDisabled(), false);
    // The team phrase is listed, marked, and has no remove button.
    const phrase = options.locator('[data-list="allow-phrases"] li[data-phrase="cálmese, no es para tanto"]');
    assert.equal(await phrase.getAttribute('data-managed'), 'true');
    assert.equal(await phrase.locator('[data-action="remove-allow-phrase"]').count(), 0);
    await options.close();
  });
});

if (cannot) console.log(`# managed.e2e.ts skipped: ${cannot}`);
