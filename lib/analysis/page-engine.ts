/**
 * The engine as the helpdesk page loads it: a separate module (`engine.js`), imported
 * by the content script only once the agent focuses a reply editor, so pages without
 * a reply box never pay for it. Built by wxt.config.ts; no holiday calendar inside
 * (public holidays arrive as explicit dates from settings), and no weights: the content
 * script fetches model.bin beside it and installs them with `useShippedWeights`.
 */
export { analyze } from './index';
export { useShippedWeights } from './model';
export { MOMENTS } from './moments/registry';
export { RULES } from './rules/registry';
export { indexPlaybook } from './playbook';
