// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  document.documentElement.removeAttribute('data-tacto-timing');
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('User Timing entries', () => {
  it('are not written on a page that did not ask for them', async () => {
    const { measure } = await import('../../lib/coach/timing');
    const spy = vi.spyOn(performance, 'measure');
    measure('tacto:keystroke', performance.now());
    expect(spy).not.toHaveBeenCalled();
  });

  it('are written, and cleared, where the root carries data-tacto-timing', async () => {
    document.documentElement.setAttribute('data-tacto-timing', '');
    const { measure } = await import('../../lib/coach/timing');
    const written = vi.spyOn(performance, 'measure');
    const cleared = vi.spyOn(performance, 'clearMeasures');
    measure('tacto:analyse', performance.now());
    expect(written).toHaveBeenCalledWith('tacto:analyse', expect.objectContaining({ start: expect.any(Number) }));
    expect(cleared).toHaveBeenCalledWith('tacto:analyse');
  });
});
