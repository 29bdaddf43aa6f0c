/**
 * What `tacto team-setup` puts in the team database (docs/team-sync.md): one design
 * document with the validation every write goes through and the views the lead's
 * dashboard reads, and the security object. The functions are CouchDB JavaScript
 * (kept to ES5: older CouchDB builds run SpiderMonkey 1.8.5), stored as text.
 */
import { HELPDESKS, EVENT_ACTIONS } from '../messaging';
import { MOMENT_IDS, RULE_IDS } from '../../analysis/types';
import { TEAM_DOC_FORMAT, TEAM_DOC_VERSION, VIEW_VALUE_FIELDS } from './doc';

export const DESIGN_ID = '_design/tacto';
/** Role names in the team's `_users`: agents write events, leads read them. */
export const AGENT_ROLE = 'tacto-agent';
export const LEAD_ROLE = 'tacto-lead';

/**
 * Accepts only a well-formed event from an agent (or a server admin): exactly the
 * documented fields, each of its shape, no free text; events are never changed or
 * deleted except by an admin.
 */
export const VALIDATE_DOC_UPDATE = `function (doc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  var admin = roles.indexOf('_admin') !== -1;
  if (doc._id.indexOf('_design/') === 0) { if (!admin) throw({ forbidden: 'only admins change design documents' }); return; }
  if (!admin && roles.indexOf(${JSON.stringify(AGENT_ROLE)}) === -1) throw({ forbidden: 'only agents write events' });
  if (doc._deleted) { if (!admin) throw({ forbidden: 'events are never deleted' }); return; }
  // A write without _rev over a stored event ends as a conflict (CouchDB checks that
  // first; pouchdb-server runs this function first, so it must let the write reach that check).
  if (oldDoc && !oldDoc._deleted && !admin && doc._rev) throw({ forbidden: 'events are never changed' });
  var allowed = ${JSON.stringify(['_id', '_rev', '_revisions', 'format', 'v', 't', 'id', ...VIEW_VALUE_FIELDS])};
  for (var key in doc) if (allowed.indexOf(key) === -1) throw({ forbidden: 'unknown field ' + key });
  function need(ok, field) { if (!ok) throw({ forbidden: 'bad field ' + field }); }
  function str(v) { return typeof v === 'string'; }
  need(doc.format === ${JSON.stringify(TEAM_DOC_FORMAT)} && doc.v === ${TEAM_DOC_VERSION}, 'format');
  need(str(doc.id) && doc.id === doc._id && /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/.test(doc.id), 'id');
  need(str(doc.at) && doc.at.length <= 40 && /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$/.test(doc.at), 'at');
  need(typeof doc.t === 'number' && doc.t === Date.parse(doc.at), 't');
  need(${JSON.stringify([...HELPDESKS])}.indexOf(doc.helpdesk) !== -1, 'helpdesk');
  need(str(doc.ticket) && /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(doc.ticket), 'ticket');
  var types = doc.kind === 'moment' ? ${JSON.stringify([...MOMENT_IDS])} : doc.kind === 'finding' ? ${JSON.stringify([...RULE_IDS])} : [];
  need(types.indexOf(doc.type) !== -1, 'type');
  need(${JSON.stringify([...EVENT_ACTIONS])}.indexOf(doc.action) !== -1, 'action');
  need(doc.lang === 'es' || doc.lang === 'en', 'lang');
  need(str(doc.topic) && doc.topic.length <= 32 && /^([a-z\\u00df-\\u00f6\\u00f8-\\u017f]+( [a-z\\u00df-\\u00f6\\u00f8-\\u017f]+){0,2})?$/.test(doc.topic), 'topic');
  need(str(doc.agent) && doc.agent.length >= 1 && doc.agent.length <= 80 && !/[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\ufeff]/.test(doc.agent), 'agent');
}`;

/** Events by time; the value is the event without its id, so a week needs no include_docs. */
const BY_TIME_MAP = `function (doc) {
  if (doc.format === ${JSON.stringify(TEAM_DOC_FORMAT)}) emit(doc.t, [${VIEW_VALUE_FIELDS.map((f) => `doc[${JSON.stringify(f)}]`).join(', ')}]);
}`;

/**
 * Events by agent, the key an array of one ([alias]) so the reader can step from one alias to
 * the next (`startkey=[alias, {}]`, `limit=1`): the list of agents costs a few rows per agent
 * instead of a reduce over every event (pouchdb-server reduces by reading every row).
 */
const BY_AGENT_MAP = `function (doc) {
  if (doc.format === ${JSON.stringify(TEAM_DOC_FORMAT)}) emit([doc.agent], null);
}`;

export const BY_TIME_VIEW = 'by-time';
export const BY_AGENT_VIEW = 'by-agent';

export interface DesignDoc {
  _id: string;
  _rev?: string;
  language: 'javascript';
  validate_doc_update: string;
  views: Record<string, { map: string; reduce?: string }>;
}

export function teamDesignDoc(): DesignDoc {
  return {
    _id: DESIGN_ID,
    language: 'javascript',
    validate_doc_update: VALIDATE_DOC_UPDATE,
    views: {
      [BY_TIME_VIEW]: { map: BY_TIME_MAP },
      [BY_AGENT_VIEW]: { map: BY_AGENT_MAP, reduce: '_count' },
    },
  };
}

/** Agents and leads are members (CouchDB has no write-only role: members read too); writes are checked above. */
export function teamSecurity() {
  return {
    admins: { names: [] as string[], roles: [] as string[] },
    members: { names: [] as string[], roles: [AGENT_ROLE, LEAD_ROLE] },
  };
}
