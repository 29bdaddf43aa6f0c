/**
 * The sidebar's styles, scoped by its shadow root; set with textContent (Trusted Types
 * safe). Colours come from the palette's custom properties (components/palette.ts).
 */
import { PALETTE_CSS } from './palette';

export const SIDEBAR_CSS = PALETTE_CSS + `
:host { all: initial; position: fixed; z-index: 2147483000; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--t-text); }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.panel { display: flex; flex-direction: column; width: var(--tacto-width, 300px); max-height: var(--tacto-max-height, 70vh); overflow: hidden; background: var(--t-bg); border: 1px solid var(--t-border); border-radius: 10px; box-shadow: 0 6px 24px var(--t-shadow); padding: 10px 12px; }
header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; flex: none; }
header .count { background: var(--t-count-bg); color: var(--t-count-text); border-radius: 9px; padding: 0 7px; font-size: 11px; font-weight: 700; }
.body { flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain; margin: 0 -12px; padding: 0 12px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
header .meta { color: var(--t-muted); font-size: 12px; flex: 1; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--t-focus); outline-offset: 2px; }
.icon { border: 0; background: transparent; font-size: 16px; width: 24px; height: 24px; border-radius: 6px; color: var(--t-muted); }
.icon:hover { background: var(--t-notice-bg); }
.badge { display: inline-flex; align-items: center; gap: 4px; height: 32px; min-width: 32px; padding: 0 8px; border-radius: 16px; border: 1px solid var(--t-border); background: var(--t-bg); box-shadow: 0 2px 10px var(--t-shadow); font-weight: 700; color: var(--t-accent); }
.badge .count { background: var(--t-count-bg); color: var(--t-count-text); border-radius: 9px; padding: 0 6px; font-size: 11px; }
.quiet { color: var(--t-muted); margin: 6px 0; }
.moments { display: flex; flex-direction: column; gap: 6px; margin: 6px 0 10px; }
.moment { display: flex; flex-direction: column; gap: 2px; }
.chip { align-self: flex-start; background: var(--t-chip-bg); color: var(--t-chip-text); border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600; }
.advice { color: var(--t-muted); font-size: 12px; }
.findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.finding { border-left: 3px solid var(--t-flag); padding-left: 8px; }
.finding .message { margin: 0 0 4px; font-weight: 600; cursor: pointer; list-style-position: inside; }
.finding details:not([open]) .message { margin: 0; }
.finding summary::marker { color: var(--t-muted); }
.finding, .finding button { overflow-wrap: anywhere; }
blockquote { margin: 0 0 6px; color: var(--t-quote); font-style: italic; }
.actions, .alternatives { display: flex; flex-direction: column; gap: 4px; }
.actions button, .alternatives button { text-align: left; border: 1px solid var(--t-border); background: var(--t-surface); border-radius: 6px; padding: 5px 8px; color: var(--t-text); }
.actions button:hover, .alternatives button:hover { background: var(--t-surface-hover); border-color: var(--t-accent); }
.alternatives { margin-top: 6px; }
.alternatives button { display: flex; flex-direction: column; }
.alternatives span { color: var(--t-muted); font-size: 12px; }
.link { border: 0; background: transparent; padding: 0; color: var(--t-link); text-decoration: underline; font-size: 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 2px 10px; margin-top: 4px; }
.controls .link { color: var(--t-muted); }
.notice { background: var(--t-notice-bg); border-radius: 6px; padding: 4px 8px; margin: 6px 0; font-size: 12px; }
footer { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; margin-top: 10px; padding-top: 6px; border-top: 1px solid var(--t-border); font-size: 12px; }
footer summary { cursor: pointer; color: var(--t-muted); }
footer .pause-duration { border: 0; padding: 0; margin: 4px 0; display: flex; gap: 8px; align-items: center; }
footer .pause-duration legend { float: left; padding: 0; margin-right: 2px; }
.pause-buttons { display: flex; flex-direction: column; gap: 4px; }
.pause-buttons button { text-align: left; border: 1px solid var(--t-border); background: var(--t-surface); color: var(--t-text); border-radius: 6px; padding: 3px 8px; }
.pause-buttons button:disabled { color: var(--t-disabled); cursor: default; }
`;

export const GUARD_CSS = `
.backdrop { position: fixed; inset: 0; background: var(--t-backdrop); display: flex; align-items: center; justify-content: center; }
.dialog { width: min(460px, 92vw); max-height: 86vh; overflow: auto; background: var(--t-bg); color: var(--t-text); border: 1px solid var(--t-border); border-radius: 12px; padding: 16px 18px; box-shadow: 0 20px 50px var(--t-shadow); }
.dialog h2 { font-size: 16px; margin: 0 0 4px; }
.commitments { list-style: none; padding: 0; margin: 10px 0; display: flex; flex-direction: column; gap: 12px; }
.commitments p { margin: 2px 0; }
.decide { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
.decide button { border: 1px solid var(--t-border); background: var(--t-bg); color: var(--t-text); border-radius: 6px; padding: 6px 12px; }
.decide .primary { background: var(--t-primary-bg); border-color: var(--t-primary-bg); color: var(--t-primary-text); }
.write-error { color: var(--t-error); margin: 6px 0; }
`;
