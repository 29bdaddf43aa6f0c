/**
 * Keeps the sidebar's fixed host in free space on the page (the maths is lib/helpdesk/placement.ts).
 * The page is measured only when its layout can have changed — scroll, window resize, a
 * resize of the composer or of a protected region — once per animation frame, never on a
 * keystroke. When no free space holds the panel, the adapter's room column gives up the
 * panel's width (a stylesheet rule, removed when the panel closes or the editor goes).
 */
import { placeSidebar, GAP, type PanelLimits, type Placement, type Rect, type Size } from './placement';

export const PANEL_LIMITS: PanelLimits = { minWidth: 260, maxWidth: 320, minHeight: 220, maxHeight: 560 };
export const BADGE_SIZE: Size = { width: 56, height: 32 };
/** The width a room column gives up: the widest panel and a gap on each side. */
export const ROOM_WIDTH = PANEL_LIMITS.maxWidth + 2 * GAP;
/** A room column keeps at least this width for the page: narrower, the conversation would not read. */
const ROOM_KEEPS = 480;

export interface PositionOptions {
  host: HTMLElement;
  editor: HTMLElement;
  composer: HTMLElement;
  /** The regions the panel must not cover, looked up afresh at each placement. */
  protectedElements(): Element[];
  /** What the panel covers under no circumstances (the send controls), even when the agent insists. */
  essentialElements(): Element[];
  /**
   * The agent opened the badge although no free space holds the panel (a small window):
   * the panel then opens over the page, clear of the composer and the send controls only.
   */
  insisted(): boolean;
  /** The page column that may narrow to make room (the adapter's `roomSelector`). */
  roomSelector?: string;
  /** The agent folded the panel into its badge: a badge needs no room. */
  collapsed(): boolean;
  /** Called when the panel must become a badge, or may be a panel again. */
  onCompact(compact: boolean): void;
  signal: AbortSignal;
}

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** One stylesheet per document; each sidebar that needs room holds a claim on it. */
const roomClaims = new Map<Document, { style: HTMLStyleElement; claims: number }>();

function claimRoom(doc: Document, selector: string): void {
  let room = roomClaims.get(doc);
  if (!room) {
    const style = doc.createElement('style');
    style.setAttribute('data-tacto', 'room');
    // textContent, not innerHTML: allowed under Trusted Types (Gmail).
    style.textContent = `${selector} { margin-right: ${ROOM_WIDTH}px !important; }`;
    (doc.head ?? doc.documentElement).append(style);
    room = { style, claims: 0 };
    roomClaims.set(doc, room);
  }
  room.claims++;
}

function releaseRoom(doc: Document): void {
  const room = roomClaims.get(doc);
  if (!room) return;
  room.claims--;
  if (room.claims <= 0) {
    room.style.remove();
    roomClaims.delete(doc);
  }
}

export interface SidebarPosition {
  /** Re-place at the next frame (layout may have changed). */
  schedule(): void;
  /** Re-decide from scratch at the next frame, room included (the window or the panel's state changed). */
  rethink(): void;
  /** The last placement made, for tests and for the panel's own layout. */
  current(): Placement | undefined;
  stop(): void;
}

export function positionSidebar(options: PositionOptions): SidebarPosition {
  const { host, editor, composer } = options;
  const doc = host.ownerDocument;
  let frame = 0;
  let fresh = true;
  let roomHeld = false;
  let last: Placement | undefined;
  const watched = new Set<Element>();
  const resize = new ResizeObserver(() => schedule());
  resize.observe(composer);

  const setRoom = (wanted: boolean) => {
    if (!options.roomSelector || wanted === roomHeld) return;
    roomHeld = wanted;
    if (wanted) claimRoom(doc, options.roomSelector);
    else releaseRoom(doc);
  };

  const measure = (essentialOnly = false): Placement => {
    const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const regions: Rect[] = [];
    for (const el of essentialOnly ? options.essentialElements() : [...options.essentialElements(), ...options.protectedElements()]) {
      if (el === host || host.contains(el)) continue;
      const r = rectOf(el);
      if (r.width > 0 && r.height > 0) regions.push(r);
      // A protected region that grows or shrinks moves the free space.
      if (!watched.has(el)) {
        watched.add(el);
        resize.observe(el);
      }
    }
    return placeSidebar(rectOf(composer), regions, viewport, PANEL_LIMITS, BADGE_SIZE);
  };

  const apply = (placement: Placement) => {
    last = placement;
    host.style.left = `${Math.round(placement.left)}px`;
    if (placement.anchor === 'bottom') {
      host.style.top = 'auto';
      host.style.bottom = `${Math.round(doc.documentElement.clientHeight - placement.bottom)}px`;
    } else {
      host.style.bottom = 'auto';
      host.style.top = `${Math.round(placement.top)}px`;
    }
    host.style.setProperty('--tacto-width', `${Math.floor(placement.width)}px`);
    host.style.setProperty('--tacto-max-height', `${Math.floor(placement.maxHeight)}px`);
    host.dataset.anchor = placement.anchor;
  };

  const place = () => {
    frame = 0;
    const visible = editor.isConnected && (editor.checkVisibility?.() ?? editor.offsetParent !== null);
    host.hidden = !visible;
    if (!visible) {
      setRoom(false);
      return;
    }
    if (fresh) {
      // Decide without room first: room is taken only when the page has no free space.
      fresh = false;
      setRoom(false);
    }
    let placement = measure();
    if (placement.compact && !options.collapsed() && roomCanBeGiven()) {
      setRoom(true);
      placement = measure();
      if (placement.compact) setRoom(false);
    }
    if (options.collapsed()) setRoom(false);
    if (placement.compact && options.insisted() && !options.collapsed()) placement = measure(true);
    apply(placement);
    options.onCompact(placement.compact);
  };

  /** Whether the page's room column is wide enough to give up the panel's width. */
  function roomCanBeGiven(): boolean {
    if (!options.roomSelector || roomHeld) return false;
    const column = doc.querySelector(options.roomSelector);
    return !!column && column.getBoundingClientRect().width >= ROOM_WIDTH + ROOM_KEEPS;
  }

  function schedule() {
    if (!frame && !options.signal.aborted) frame = requestAnimationFrame(place);
  }
  const rethink = () => {
    fresh = true;
    schedule();
  };

  const win = doc.defaultView ?? window;
  win.addEventListener('scroll', schedule, { capture: true, passive: true, signal: options.signal });
  win.addEventListener('resize', rethink, { passive: true, signal: options.signal });
  const stop = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    resize.disconnect();
    watched.clear();
    setRoom(false);
  };
  options.signal.addEventListener('abort', stop);

  return { schedule, rethink, current: () => last, stop };
}
