/**
 * The one piece of the `chrome` global the content script uses by name:
 * `import(chrome.runtime.getURL('/coach.js'))` is the only dynamic import Firefox's add-on
 * linter accepts without a warning (it matches that spelling; WXT's `browser` is a bundled
 * module whose name the minifier changes). Chrome and Firefox both define `chrome` in
 * content scripts and extension pages.
 */
declare const chrome: { runtime: { getURL(path: string): string } };
