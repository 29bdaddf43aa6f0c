/**
 * The project's run-time import graph, read from the sources: which files and packages a
 * file reaches through value imports (type-only imports vanish at build, so they reach
 * nothing). The wall tests use it to see past one file's own import lines.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

const SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Whether an import clause brings in any value (not only `type` names). */
function bringsValues(clause: string): boolean {
  const named = /\{([^}]*)\}/.exec(clause);
  const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, '').trim();
  if (outside) return true; // a default or namespace import
  if (!named) return true;
  return named[1].split(',').map((part) => part.trim()).filter(Boolean).some((part) => !part.startsWith('type '));
}

function resolveFile(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : resolve(dirname(from), specifier);
  for (const suffix of SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The value imports of one file: project files (absolute paths) and packages (bare names). */
export function valueImports(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const [, , typeOnly, clause, fromSpecifier, dynamicSpecifier, bareSpecifier] = match;
    const specifier = fromSpecifier ?? dynamicSpecifier ?? bareSpecifier;
    if (fromSpecifier && (typeOnly || /^type\s/.test(clause) || !bringsValues(clause))) continue;
    if (specifier.startsWith('.') || specifier.startsWith('@/')) {
      const target = resolveFile(file, specifier);
      if (target && /\.(ts|tsx)$/.test(target)) files.push(target);
    } else packages.push(specifier);
  }
  return { files, packages };
}

/** Every project file and package `file` reaches at run time, each with one path that leads there. */
export function reach(file: string): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  const start = resolve(ROOT, file);
  const queue: [string, string[]][] = [[start, [relative(ROOT, start)]]];
  const seen = new Set([start]);
  while (queue.length) {
    const [current, trail] = queue.shift()!;
    const { files, packages } = valueImports(current);
    for (const name of packages) if (!paths.has(name)) paths.set(name, [...trail, name]);
    for (const next of files) {
      const rel = relative(ROOT, next);
      if (seen.has(next)) continue;
      seen.add(next);
      paths.set(rel, [...trail, rel]);
      queue.push([next, [...trail, rel]]);
    }
  }
  return paths;
}
