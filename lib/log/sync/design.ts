/**
 * What `tacto team-setup` puts in the team database (docs/team-sync.md): one design
 * document with the validation every write goes through and the views the lead's
 * dashboard reads, and the security object. The functions are CouchDB JavaScript
 * (kept to ES5: older CouchDB builds run SpiderMonkey 1.8.5), stored as text.
 */
import { HELPDESKS, EVENT_ACTIONS } from '../messaging';
import { MOMENT_IDS, RULE_IDS } from '../../analysis/types';
import { TEAM_DOC_FORMAT, TEAM_DOC_VERSION, VIEW_VALUE_FIELDS } from './doc';
import { WEEK_DOC_FORMAT, WEEK_DOC_PREFIX, WEEK_DOC_ROWS, WEEK_DOC_VERSION, WEEK_LABEL_FIELDS } from './week-doc';

export const DESIGN_ID = '_design/tacto';
/** Role names in the team's `_users`: agents write events, leads read them. */
export const AGENT_ROLE = 'tacto-agent';
export const LEAD_ROLE = 'tacto-lead';

/**
 * Accepts only a well-formed event or week document (./week-doc.ts) from an agent (or a
 * server admin): exactly the documented fields, each of its shape, no free text. Events are
 * never changed or deleted except by an admin; a week document only gains rows, each an
 * event of its agent and UTC week, and keeps every row it had unchanged.
 */
export const VALIDATE_DOC_UPDATE = `function (doc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  var admin = roles.indexOf('_admin') !== -1;
  if (doc._id.indexOf('_design/') === 0) { if (!admin) throw({ forbidden: 'only admins change design documents' }); return; }
  if (!admin && roles.indexOf(${JSON.stringify(AGENT_ROLE)}) === -1) throw({ forbidden: 'only agents write events' });
  if (doc._deleted) { if (!admin) throw({ forbidden: 'events are never deleted' }); return; }
  function need(ok, field) { if (!ok) throw({ forbidden: 'bad field ' + field }); }
  function str(v) { return typeof v === 'string'; }
  function only(allowed) { for (var key in doc) if (allowed.indexOf(key) === -1) throw({ forbidden: 'unknown field ' + key }); }
  function alias(a) { return str(a) && a.length >= 1 && a.length <= 80 && !/[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\ufeff]/.test(a); }
  function id(v) { return str(v) && /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/.test(v); }
  function instant(v) { return str(v) && v.length <= 40 && /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$/.test(v) && !isNaN(Date.parse(v)); }
  function ticket(v) { return str(v) && /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(v); }
  // What an event and a week document's label share.
  function label(e) {
    need(${JSON.stringify([...HELPDESKS])}.indexOf(e.helpdesk) !== -1, 'helpdesk');
    var types = e.kind === 'moment' ? ${JSON.stringify([...MOMENT_IDS])} : e.kind === 'finding' ? ${JSON.stringify([...RULE_IDS])} : [];
    need(types.indexOf(e.type) !== -1, 'type');
    need(${JSON.stringify([...EVENT_ACTIONS])}.indexOf(e.action) !== -1, 'action');
    need(e.lang === 'es' || e.lang === 'en', 'lang');
    need(str(e.topic) && e.topic.length <= 32 && /^([a-z\\u00df-\\u00f6\\u00f8-\\u017f]+( [a-z\\u00df-\\u00f6\\u00f8-\\u017f]+){0,2})?$/.test(e.topic), 'topic');
  }
  function list(v, most) { return v && typeof v.length === 'number' && typeof v !== 'string' && v.length >= 1 && v.length <= most; }
  if (doc.format === ${JSON.stringify(WEEK_DOC_FORMAT)}) {
    only(${JSON.stringify(['_id', '_rev', '_revisions', 'format', 'v', 'week', 'agent', 'part', 'labels', 'rows'])});
    need(doc.v === ${WEEK_DOC_VERSION}, 'format');
    need(str(doc.week) && /^\\d{4}-W\\d{2}$/.test(doc.week), 'week');
    need(alias(doc.agent), 'agent');
    need(typeof doc.part === 'number' && doc.part >= 0 && doc.part < 1000 && Math.floor(doc.part) === doc.part, 'part');
    need(doc._id === ${JSON.stringify(WEEK_DOC_PREFIX)} + doc.week + ':' + encodeURIComponent(doc.agent) + ':' + doc.part, 'id');
    var labels = doc.labels;
    var rows = doc.rows;
    need(list(rows, ${WEEK_DOC_ROWS}), 'rows');
    need(list(labels, rows.length), 'labels');
    var fields = ${JSON.stringify(WEEK_LABEL_FIELDS)};
    for (var l = 0; l < labels.length; l++) {
      need(list(labels[l], fields.length) && labels[l].length === fields.length, 'labels');
      var e = {};
      for (var f = 0; f < fields.length; f++) e[fields[f]] = labels[l][f];
      label(e);
    }
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      need(list(row, 4) && row.length === 4, 'rows');
      need(id(row[0]), 'id');
      need(instant(row[1]), 'at');
      need(ticket(row[2]), 'ticket');
      need(typeof row[3] === 'number' && row[3] >= 0 && row[3] < labels.length && Math.floor(row[3]) === row[3], 'label');
      // Sorted by id, each once; and of the document's UTC ISO week.
      need(i === 0 || rows[i - 1][0] < row[0], 'rows order');
      var d = new Date(Date.parse(row[1]));
      var day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      var thursday = new Date(day + (3 - (new Date(day).getUTCDay() + 6) % 7) * 86400000);
      var n = 1 + Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 604800000);
      need(thursday.getUTCFullYear() + '-W' + (n < 10 ? '0' : '') + n === doc.week, 'week of ' + row[0]);
    }
    // Only grows: every label keeps its place and every row it had is still there, unchanged
    // (both lists of rows are sorted by id).
    if (oldDoc && !oldDoc._deleted && !admin) {
      for (var m = 0; m < oldDoc.labels.length; m++) need(m < labels.length && JSON.stringify(labels[m]) === JSON.stringify(oldDoc.labels[m]), 'labels kept');
      var j = 0;
      for (var k = 0; k < oldDoc.rows.length; k++) {
        var old = oldDoc.rows[k];
        while (j < rows.length && rows[j][0] < old[0]) j++;
        need(j < rows.length && JSON.stringify(rows[j]) === JSON.stringify(old), 'rows kept');
      }
    }
    return;
  }
  // A write without _rev over a stored event ends as a conflict (CouchDB checks that
  // first; pouchdb-server runs this function first, so it must let the write reach that check).
  if (oldDoc && !oldDoc._deleted && !admin && doc._rev) throw({ forbidden: 'events are never changed' });
  only(${JSON.stringify(['_id', '_rev', '_revisions', 'format', 'v', 't', 'id', ...VIEW_VALUE_FIELDS])});
  need(doc.format === ${JSON.stringify(TEAM_DOC_FORMAT)} && doc.v === ${TEAM_DOC_VERSION}, 'format');
  need(id(doc.id) && doc.id === doc._id, 'id');
  need(instant(doc.at), 'at');
  need(ticket(doc.ticket), 'ticket');
  label(doc);
  need(typeof doc.t === 'number' && doc.t === Date.parse(doc.at), 't');
  need(alias(doc.agent), 'agent');
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
  /** Says what agents keep beside their events: week documents of this version (./week-doc.ts). */
  tacto: { weekDocs: typeof WEEK_DOC_VERSION };
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
    tacto: { weekDocs: WEEK_DOC_VERSION },
  };
}

/** Agents and leads are members (CouchDB has no write-only role: members read too); writes are checked above. */
export function teamSecurity() {
  return {
    admins: { names: [] as string[], roles: [] as string[] },
    members: { names: [] as string[], roles: [AGENT_ROLE, LEAD_ROLE] },
  };
}
