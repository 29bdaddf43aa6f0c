import { describe, expect, it } from 'vitest';
import { analyzeAsWritten, plainView } from '../../lib/node/markup';
import { nodeEngineOptions } from '../../lib/node/node-engine';
import type { AnalyzeInput } from '../../lib/analysis/types';

const NY = { timezone: 'America/New_York' };
const agent = (text: string): AnalyzeInput => ({ text, role: 'agent', lang: 'en', now: '2026-11-18T10:00:00-05:00', context: NY });

describe('a text written as HTML', () => {
  it('is read as it is when it holds no markup', () => {
    expect(plainView("I'm afraid we can't refund this order. 3 < 4 & 5 > 2")).toBeNull();
  });

  it('is read as the text a person sees: references decoded, block tags as line ends, inline tags and scripts gone', () => {
    expect(plainView('<p>Hi&nbsp;Anna,</p><p>We can&#39;t <b>refund</b> it &amp; we&rsquo;re sorry.</p><script>var x = "<p>";</script>')!.plain)
      .toBe("\nHi Anna,\n\nWe can't refund it & we’re sorry.\n ");
  });

  it('finds what the plain text holds and points into the text as written', () => {
    for (const text of [
      'I&#39;m afraid we can&#39;t refund this order.',
      "<div><p>Hi Anna,</p><p>I'm afraid we can't refund this order.</p><p>Best,<br>Tom</p></div>",
    ]) {
      const result = analyzeAsWritten(agent(text), nodeEngineOptions);
      const refusal = result.findings.find((f) => f.rule === 'flat-refusal');
      expect(refusal, text).toBeDefined();
      expect(text.slice(refusal!.start, refusal!.end)).toBe(refusal!.quote);
      expect(refusal!.quote).toMatch(/^I(?:'|&#39;)m afraid .* order$/);
    }
  });

  it('maps a commitment inside inline tags onto the written text', () => {
    const text = '<p>We&rsquo;ll send the new card <b>tomorrow</b>.</p>';
    const [commitment] = analyzeAsWritten(agent(text), nodeEngineOptions).commitments;
    expect(commitment.quote).toBe('tomorrow');
    expect(text.slice(commitment.start, commitment.end)).toBe('tomorrow');
  });

  it('reads quoted history written with &gt; as quoted history', () => {
    const plain = "> On Mon, Tom wrote:\n> we will call you back\n\nThis is the third time I've emailed you about this!!";
    const escaped = plain.replace(/>/g, '&gt;');
    const moments = (text: string) => analyzeAsWritten({ text, role: 'customer', lang: 'en' }, nodeEngineOptions).moments;
    expect(moments(escaped)).toEqual(moments(plain));
    expect(moments(escaped)).toContain('repeat-contact');
  });
});
