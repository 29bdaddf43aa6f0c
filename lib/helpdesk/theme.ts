/**
 * Light or dark: the sidebar follows the page it sits on. The page's own background
 * decides (a helpdesk's dark mode need not follow the system's); where the page paints no
 * background, the system's `prefers-color-scheme` does. Colour maths (WCAG 2 relative
 * luminance and contrast ratio) is pure and shared with the palette's tests.
 */

export type Theme = 'light' | 'dark';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Reads `#rgb`, `#rrggbb`, `rgb(…)` and `rgba(…)` (what getComputedStyle returns); null for anything else. */
export function parseColor(css: string): Rgba | null {
  const value = css.trim().toLowerCase();
  const hex = value.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16), a: 1 };
  }
  const fn = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (!fn) return null;
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
}

/** WCAG 2 relative luminance (0 black … 1 white). */
export function relativeLuminance({ r, g, b }: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours (1 … 21). */
export function contrastRatio(foreground: string, background: string): number {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  if (!fg || !bg) throw new Error(`not a colour: ${fg ? background : foreground}`);
  const [light, dark] = [relativeLuminance(fg), relativeLuminance(bg)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Below this luminance a background reads as dark (mid-grey #777 is about 0.18). */
const DARK_BELOW = 0.18;

/**
 * The theme for a page background (a CSS colour, null when the page paints none) and the
 * system preference. A mostly transparent background says nothing about the page.
 */
export function themeFor(background: string | null, prefersDark: boolean): Theme {
  const colour = background ? parseColor(background) : null;
  if (colour && colour.a >= 0.5) return relativeLuminance(colour) < DARK_BELOW ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

/** The first background the page paints behind `el`: its own, or its nearest ancestor's. */
export function backgroundBehind(el: Element): string | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const background = view.getComputedStyle(node).backgroundColor;
    const colour = parseColor(background);
    if (colour && colour.a >= 0.5) return background;
  }
  return null;
}

/**
 * Sets `data-theme` on `host` from the background behind `from` and the system scheme,
 * now and whenever either can change: the system scheme, or a class, style or theme
 * attribute on <html> or <body> (where helpdesks switch their dark mode). Never per keystroke.
 */
export function followPageTheme(host: HTMLElement, from: Element, signal: AbortSignal): void {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const scheme = view.matchMedia?.('(prefers-color-scheme: dark)');
  let frame = 0;
  const update = () => {
    frame = 0;
    if (signal.aborted) return;
    const theme = themeFor(backgroundBehind(from), scheme?.matches ?? false);
    if (host.dataset.theme !== theme) host.dataset.theme = theme;
  };
  const schedule = () => {
    if (!frame) frame = view.requestAnimationFrame(update);
  };
  update();
  scheme?.addEventListener('change', schedule, { signal });
  const observer = new MutationObserver(schedule);
  const attributeFilter = ['class', 'style', 'data-theme', 'data-color-scheme'];
  observer.observe(doc.documentElement, { attributes: true, attributeFilter });
  if (doc.body) observer.observe(doc.body, { attributes: true, attributeFilter });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view.cancelAnimationFrame(frame);
  });
}
