/**
 * Benchmarks: `npm run bench [-- SECTION…]`. Each section is a module exporting a
 * `BenchSection`; they run in the order of SECTIONS and print one table each.
 * Add a section (browser, log scale…) by writing its module and listing it here.
 */
import { printTable, type BenchSection } from './lib';
import background from './background';
import engine from './engine';
import holidays from './holidays';
import log from './log';
import page from './page';
import team from './team';

const SECTIONS: BenchSection[] = [engine, page, background, log, team, holidays];

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const section of SECTIONS) {
    if (wanted.length && !wanted.includes(section.name)) continue;
    console.log(`\n## ${section.name}: ${section.description}`);
    const rows = await section.run();
    printTable(rows);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
