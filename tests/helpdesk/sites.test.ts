/**
 * The sites registry's conventions, over every helpdesk in it: an adapter that agrees with
 * it, a fixture page, its selector evidence in the docs, and the places that derive from it
 * (host tests, custom domains, the settings, the page bridge) seeing every site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForHost } from '../../lib/helpdesk/adapters/registry';
import { HELPDESK_PATTERNS } from '../../lib/helpdesk/custom-domains';
import { builtInPattern, CUSTOM_DOMAIN_HELPDESKS, HELPDESKS, PAGE_BRIDGE_MATCHES, SITES, siteForHost } from '../../lib/helpdesk/sites';
import { defaultSettings } from '../../lib/settings/defaults';
import { parseHost } from '../../lib/settings/hosts';
import { normaliseSettings } from '../../lib/settings/validation';
import { PAGES } from '../e2e/server';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** A host of the site's own: `acme.zendesk.com`, `mail.google.com`. */
const ownHost = (site: (typeof SITES)[number]) => ('suffix' in site.host ? `acme.${site.host.suffix}` : site.host.exact);

describe('the sites registry', () => {
  it('lists each helpdesk once, with a name of its own', () => {
    expect(new Set(HELPDESKS).size).toBe(SITES.length);
    expect(new Set(SITES.map((s) => s.name)).size).toBe(SITES.length);
  });

  it('has one adapter per site, in the same order, matching what the registry says', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual([...HELPDESKS]);
    for (const site of SITES) expect(ADAPTERS.find((a) => a.id === site.id)?.matches).toEqual([builtInPattern(site)]);
  });

  it.each(SITES.map((s) => [s.id, s] as const))('%s: its own hosts find its adapter, and look-alikes do not', (id, site) => {
    expect(siteForHost(ownHost(site))?.id).toBe(id);
    expect(adapterForHost(ownHost(site).toUpperCase())?.id).toBe(id);
    expect(siteForHost(`${ownHost(site)}.evil.example`)).toBeUndefined();
    expect(siteForHost(`evil${'suffix' in site.host ? site.host.suffix : site.host.exact}`)).toBeUndefined();
    // A custom domain cannot claim a host the site already covers.
    expect(parseHost(ownHost(site))).toHaveProperty('error.key', 'errHostBuiltIn');
  });

  it.each(SITES.map((s) => [s.id, s] as const))('%s: a fixture page, its entry in the test server, and its DOM evidence in the docs', (id, site) => {
    expect(existsSync(root(`tests/fixtures/${id}`))).toBe(true);
    expect(new URL(PAGES[id]).hostname).toBe(ownHost(site));
    expect(readFileSync(root('docs/helpdesk-dom.md'), 'utf8')).toContain(site.name);
  });

  it('feeds the settings: every helpdesk on by default, kept by validation, and the custom-domain types', () => {
    const settings = defaultSettings();
    expect(Object.keys(settings.helpdesks)).toEqual([...HELPDESKS]);
    expect(Object.values(settings.helpdesks).every(Boolean)).toBe(true);
    const off = Object.fromEntries(HELPDESKS.map((id) => [id, false]));
    expect(normaliseSettings({ ...settings, helpdesks: off }).helpdesks).toEqual(off);
    expect([...CUSTOM_DOMAIN_HELPDESKS]).toEqual(SITES.filter((s) => s.customDomains).map((s) => s.id));
    for (const id of CUSTOM_DOMAIN_HELPDESKS) expect(HELPDESK_PATTERNS[id].builtIn).toBe(builtInPattern(SITES.find((s) => s.id === id)!));
  });

  it("is the one place shipped code writes a site's hosts (adapters aside, which the test above checks)", () => {
    const files = ['lib', 'entrypoints', 'components'].flatMap((dir) =>
      readdirSync(root(dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => `${dir}/${f}`),
    );
    const writers = files.filter((file) => {
      if (file === 'lib/helpdesk/sites.ts' || file.startsWith('lib/helpdesk/adapters/') || file.startsWith('lib/node/')) return false;
      // Comments may name a host as an example; code may not.
      const code = readFileSync(root(file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      return SITES.some((site) => code.includes('suffix' in site.host ? `.${site.host.suffix}` : site.host.exact));
    });
    expect(writers).toEqual([]);
    expect(PAGE_BRIDGE_MATCHES.length).toBeGreaterThan(0);
  });
});
