import { describe, expect, it } from 'vitest';
import { placeSidebar } from '../../lib/helpdesk/placement';

const viewport = { width: 1400, height: 900 };
const panel = { width: 300, height: 320 };
const badge = { width: 48, height: 32 };

describe('sidebar placement', () => {
  it('goes right of the composer when there is room', () => {
    const p = placeSidebar({ left: 100, top: 400, width: 700, height: 200 }, [], viewport, panel, badge);
    expect(p).toEqual({ left: 808, top: 400, compact: false });
  });

  it('goes left when the right is full, and never over a send button', () => {
    const composer = { left: 500, top: 300, width: 850, height: 200 };
    const p = placeSidebar(composer, [], viewport, panel, badge);
    expect(p.compact).toBe(false);
    expect(p.left + panel.width).toBeLessThanOrEqual(composer.left);
  });

  it('falls back to a badge outside the composer when nothing fits', () => {
    const composer = { left: 10, top: 10, width: 1380, height: 880 };
    const p = placeSidebar(composer, [], viewport, panel, badge);
    expect(p.compact).toBe(true);
  });

  it('keeps clear of protected controls', () => {
    const composer = { left: 100, top: 400, width: 700, height: 200 };
    const send = { left: 810, top: 400, width: 100, height: 40 };
    const p = placeSidebar(composer, [send], viewport, panel, badge);
    const overlapsSend = p.left < send.left + send.width && send.left < p.left + panel.width && p.top < send.top + send.height && send.top < p.top + panel.height;
    expect(overlapsSend).toBe(false);
  });
});
