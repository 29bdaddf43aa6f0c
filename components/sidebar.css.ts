/** The sidebar's styles, scoped by its shadow root; set with textContent (Trusted Types safe). */
export const SIDEBAR_CSS = `
:host { all: initial; position: fixed; z-index: 2147483000; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.panel { width: 300px; max-height: min(var(--tacto-max-height, 70vh), 560px); overflow: auto; overscroll-behavior: contain; background: #fff; border: 1px solid #d5dbe1; border-radius: 10px; box-shadow: 0 6px 24px rgba(15, 23, 42, .14); padding: 10px 12px; }
header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
header .meta { color: #52606d; font-size: 12px; flex: 1; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.icon { border: 0; background: transparent; font-size: 16px; width: 24px; height: 24px; border-radius: 6px; color: #52606d; }
.icon:hover { background: #eef2f6; }
.badge { display: inline-flex; align-items: center; gap: 4px; height: 32px; min-width: 32px; padding: 0 8px; border-radius: 16px; border: 1px solid #d5dbe1; background: #fff; box-shadow: 0 2px 10px rgba(15, 23, 42, .15); font-weight: 700; color: #0f766e; }
.badge .count { background: #b45309; color: #fff; border-radius: 9px; padding: 0 6px; font-size: 11px; }
.quiet { color: #52606d; margin: 6px 0; }
.moments { display: flex; flex-direction: column; gap: 6px; margin: 6px 0 10px; }
.moment { display: flex; flex-direction: column; gap: 4px; }
.moment-advice summary { cursor: pointer; list-style-position: inside; }
.moment-advice .advice { display: block; margin: 4px 0 0; }
.moment-alternatives { margin-top: 0; }
.moment-alternatives button { padding: 3px 8px; font-size: 12px; }
.chip { align-self: flex-start; background: #fef3c7; color: #78350f; border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600; }
.advice { color: #3e4c59; font-size: 12px; }
.findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.finding { border-left: 3px solid #b45309; padding-left: 8px; }
.finding .message { margin: 0 0 4px; font-weight: 600; }
blockquote { margin: 0 0 6px; color: #52606d; font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.actions, .alternatives { display: flex; flex-direction: column; gap: 4px; }
.actions button, .alternatives button { text-align: left; border: 1px solid #cbd2d9; background: #f8fafc; border-radius: 6px; padding: 5px 8px; color: #1f2933; }
.actions button:hover, .alternatives button:hover { background: #e6f4f1; border-color: #0f766e; }
.alternatives { margin-top: 6px; }
.alternatives button { display: flex; flex-direction: column; }
.alternatives span { color: #52606d; font-size: 12px; }
.link { border: 0; background: transparent; padding: 0; color: #1d4ed8; text-decoration: underline; font-size: 12px; }
.controls { display: flex; flex-wrap: wrap; gap: 2px 10px; margin-top: 4px; }
.controls .link { color: #52606d; }
.notice { background: #eef2f6; border-radius: 6px; padding: 4px 8px; margin: 6px 0; font-size: 12px; }
footer { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; margin-top: 10px; padding-top: 6px; border-top: 1px solid #e4e7eb; font-size: 12px; }
footer summary { cursor: pointer; color: #52606d; }
footer .pause-duration { border: 0; padding: 0; margin: 4px 0; display: flex; gap: 8px; align-items: center; }
footer .pause-duration legend { float: left; padding: 0; margin-right: 2px; }
.pause-buttons { display: flex; flex-direction: column; gap: 4px; }
.pause-buttons button { text-align: left; border: 1px solid #cbd2d9; background: #f8fafc; border-radius: 6px; padding: 3px 8px; }
.pause-buttons button:disabled { color: #9aa5b1; cursor: default; }
`;

export const GUARD_CSS = `
.backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, .35); display: flex; align-items: center; justify-content: center; }
.dialog { width: min(460px, 92vw); max-height: 86vh; overflow: auto; background: #fff; border-radius: 12px; padding: 16px 18px; box-shadow: 0 20px 50px rgba(15, 23, 42, .3); }
.dialog h2 { font-size: 16px; margin: 0 0 4px; }
.commitments { list-style: none; padding: 0; margin: 10px 0; display: flex; flex-direction: column; gap: 12px; }
.commitments p { margin: 2px 0; }
.decide { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
.decide button { border: 1px solid #cbd2d9; background: #fff; border-radius: 6px; padding: 6px 12px; }
.decide .primary { background: #0f766e; border-color: #0f766e; color: #fff; }
.write-error { color: #b91c1c; margin: 6px 0; }
`;
