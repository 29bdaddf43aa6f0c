/**
 * User Timing entries (`tacto:keystroke`, `tacto:analyse`, `tacto:first-analysis`) make
 * Tacto's cost visible in DevTools and to `npm run bench`. Each is cleared right after it
 * is queued, so a day of typing leaves nothing in the page's buffer (PerformanceObservers
 * still receive them).
 */
export function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start });
    performance.clearMeasures(name);
  } catch {
    /* timing is never worth an error */
  }
}
