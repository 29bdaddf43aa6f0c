/**
 * User Timing entries (`tacto:keystroke`, `tacto:analyse`, `tacto:first-analysis`,
 * `tacto:session-first-analysis`) make Tacto's cost visible in DevTools and to `npm run bench`.
 * They are written only where the page's root carries `data-tacto-timing` at Tacto's first
 * entry on the page (set by hand in DevTools before the first focus, or reload; the bench sets
 * it): queuing and clearing two entries a key cost about 0.06 ms, a tenth of Tacto's time per
 * key, which nobody should pay for numbers nobody reads. Each entry is cleared right after it
 * is queued, so a day of typing leaves nothing in the page's buffer (PerformanceObservers
 * still receive them).
 */
let timing: boolean | undefined;

/** Read once per page, at the first entry (a session's start). */
function timingOn(): boolean {
  return (timing ??= typeof document !== 'undefined' && document.documentElement?.hasAttribute('data-tacto-timing') === true);
}

export function measure(name: string, start: number): void {
  if (!timingOn()) return;
  try {
    performance.measure(name, { start });
    performance.clearMeasures(name);
  } catch {
    /* timing is never worth an error */
  }
}
