/**
 * The engine as the helpdesk page loads it: a separate module (`engine.js`), imported
 * by the content script only once the agent focuses a reply editor, so pages without
 * a reply box never pay for it. Built by wxt.config.ts; no holiday calendar inside
 * (public holidays arrive as explicit dates from settings).
 */
export { analyze } from './index';
export { MOMENTS } from './moments/registry';
export { indexPlaybook } from './playbook';
