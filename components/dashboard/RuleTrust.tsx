/**
 * Which rules agents trust: per rule, findings acted on (applied, revised) against
 * dismissed (ignored, phrase allow-listed, rule switched off). Rows come from
 * lib/log/rule-trust.ts through the week's summary.
 */
import type { Translate } from '@/lib/coach/i18n';
import { ruleLabel } from '@/lib/log/labels';
import type { RuleTrust as RuleTrustRow } from '@/lib/log/rule-trust';

export function RuleTrust({ t, rows }: { t: Translate; rows: RuleTrustRow[] }) {
  return (
    <section data-tacto="rule-trust" aria-labelledby="dash-trust-title">
      <h2 id="dash-trust-title">{t('dashTrust')}</h2>
      <p class="dash-help">{t('dashTrustHelp')}</p>
      <table class="dash-counts dash-trust">
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{t('dashTrustActed')}</th>
            <th scope="col">{t('dashTrustApplied')}</th>
            <th scope="col">{t('dashTrustRevised')}</th>
            <th scope="col">{t('dashTrustDismissed')}</th>
            <th scope="col">{t('dashTrustDismissedShare')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.rule} data-rule={r.rule}>
              <th scope="row">{ruleLabel(t, r.rule)}</th>
              <td data-col="acted">{r.acted}</td>
              <td data-col="applied">{r.applied}</td>
              <td data-col="revised">{r.revised}</td>
              <td data-col="dismissed">{r.dismissed}</td>
              <td data-col="dismissed-percent">{r.dismissedPercent === null ? '–' : `${r.dismissedPercent} %`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
