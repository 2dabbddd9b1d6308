// The national targets against the research notes' tables (transcribed by hand, §3.1 and §3.2),
// and Đồng Nai 2025 aligned against Decision 411, worked by hand.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alignWithNationalTargets, buildScorecard, isTargetMet, parseNationalTargets } from '../../src/index.js';
import { renderScorecardMarkdown } from '../../src/report/render.js';
import { DECISION_411_TARGETS, DECISION_749_TARGETS, DECISION_942_TARGETS, dongNai2025Reported, plans, RESOLUTION_57_TARGETS, vnIndicators } from '../../src/vn/index.js';

const short = (ts: readonly { id: string; comparator: { kind: string; value?: string }; deadline: string }[]) =>
  Object.fromEntries(ts.map((t) => [t.id, `${t.comparator.kind === 'at-least' ? '≥' : t.comparator.kind === 'more-than' ? '>' : t.comparator.kind === 'at-most' ? '≤' : t.comparator.kind} ${t.comparator.value ?? ''} by ${t.deadline.slice(0, 4)}`.replace('  ', ' ')]));

describe('national targets', () => {
  it('Decision 411: the research table, 2025 and 2030, without the uncertain cells', () => {
    expect(short(parseNationalTargets(DECISION_411_TARGETS))).toEqual({
      'd411-digital-economy-2025': '≥ 20 by 2025', 'd411-digital-economy-2030': '≥ 30 by 2030',
      'd411-sector-share-2025': '≥ 10 by 2025', 'd411-sector-share-2030': '≥ 20 by 2030',
      'd411-e-commerce-2025': '> 10 by 2025', 'd411-e-commerce-2030': '> 20 by 2030',
      'd411-e-contracts-2025': '> 80 by 2025', 'd411-e-contracts-2030': 'all by 2030',
      'd411-smes-2025': '> 50 by 2025', 'd411-smes-2030': '> 70 by 2030',
      'd411-labour-2025': '> 2 by 2025', 'd411-labour-2030': '> 3 by 2030',
      'd411-smartphones-2025': '≥ 80 by 2025', 'd411-smartphones-2030': '≥ 95 by 2030',
      'd411-payment-accounts-2025': '≥ 80 by 2025',
      'd411-e-signatures-2025': '> 50 by 2025',
      'd411-digital-skills-2025': '> 70 by 2025',
    });
    for (const t of DECISION_411_TARGETS) expect([t.document.number, t.document.date, t.document.readFrom.length > 0]).toEqual(['411/QĐ-TTg', '2022-03-31', true]);
  });

  it('Resolution 57: the 2030 targets, ranks as "at most"', () => {
    expect(short(parseNationalTargets(RESOLUTION_57_TARGETS))).toEqual({
      'r57-digital-competitiveness-rank-asean-2030': '≤ 3 by 2030', 'r57-digital-competitiveness-rank-world-2030': '≤ 50 by 2030',
      'r57-egdi-rank-asean-2030': '≤ 3 by 2030', 'r57-egdi-rank-world-2030': '≤ 50 by 2030', 'r57-ai-rank-asean-2030': '≤ 3 by 2030',
      'r57-digital-tech-enterprises-2030': '≥ 5 by 2030', 'r57-digital-economy-2030': '≥ 30 by 2030', 'r57-online-services-use-2030': '> 80 by 2030',
      'r57-tfp-2030': '> 55 by 2030', 'r57-high-tech-exports-2030': '≥ 50 by 2030', 'r57-rnd-spending-2030': '≥ 2 by 2030', 'r57-rnd-non-state-2030': '> 60 by 2030',
    });
    for (const t of RESOLUTION_57_TARGETS) expect([t.document.number, t.document.date]).toEqual(['57-NQ/TW', '2024-12-22']);
  });

  it('Decisions 749 and 942: the research tables, work files per tier, the uncertain cells left out', () => {
    const tiered = (ts: readonly { id: string; tier?: string | undefined }[]) => Object.fromEntries(ts.filter((t) => t.tier !== undefined).map((t) => [t.id, t.tier]));
    expect(short(parseNationalTargets(DECISION_749_TARGETS))).toEqual({
      'd749-level-4-services-mobile-2025': '≥ 80 by 2025', 'd749-level-4-services-mobile-2030': 'all by 2030',
      'd749-work-records-provincial-2025': '≥ 90 by 2025', 'd749-work-records-provincial-2030': 'all by 2030',
      'd749-work-records-district-2025': '≥ 80 by 2025', 'd749-work-records-district-2030': '≥ 90 by 2030',
      'd749-work-records-commune-2025': '≥ 60 by 2025', 'd749-foundation-databases-2025': 'all by 2025',
      'd749-egdi-rank-2025': '≤ 70 by 2025', 'd749-egdi-rank-2030': '≤ 50 by 2030', 'd749-digital-economy-2025': '≥ 20 by 2025',
      'd749-sector-share-2025': '≥ 10 by 2025', 'd749-labour-productivity-2025': '≥ 7 by 2025', 'd749-idi-rank-2025': '≤ 50 by 2025',
      'd749-gci-rank-2025': '≤ 50 by 2025', 'd749-gii-rank-2025': '≤ 35 by 2025', 'd749-fibre-households-2025': '> 80 by 2025',
      'd749-fibre-communes-2025': 'all by 2025', 'd749-e-payments-2025': '> 50 by 2025', 'd749-e-payments-2030': '≥ 80 by 2030',
      'd749-cybersecurity-rank-2025': '≤ 40 by 2025', 'd749-cybersecurity-rank-2030': '≤ 30 by 2030',
    });
    expect(tiered(DECISION_749_TARGETS)).toEqual({
      'd749-work-records-provincial-2025': 'provincial', 'd749-work-records-provincial-2030': 'provincial', 'd749-work-records-district-2025': 'district', 'd749-work-records-district-2030': 'district', 'd749-work-records-commune-2025': 'commune',
    });
    expect(short(parseNationalTargets(DECISION_942_TARGETS))).toEqual({
      'd942-ap-dossiers-fully-online-2025': '≥ 80 by 2025', 'd942-agencies-24-7-2025': 'all by 2025', 'd942-civil-servants-digital-identity-2025': 'all by 2025',
      'd942-procedures-reduced-2025': '≥ 20 by 2025', 'd942-documents-electronic-2025': 'all by 2025', 'd942-training-online-2025': '≥ 70 by 2025',
      'd942-records-electronic-2025': 'all by 2025', 'd942-work-records-provincial-2025': '≥ 90 by 2025', 'd942-work-records-district-2025': '≥ 80 by 2025',
      'd942-work-records-commune-2025': '≥ 60 by 2025',
    });
    for (const t of DECISION_749_TARGETS) expect([t.document.number, t.document.date]).toEqual(['749/QĐ-TTg', '2020-06-03']);
    for (const t of DECISION_942_TARGETS) expect([t.document.number, t.document.date]).toEqual(['942/QĐ-TTg', '2021-06-15']);
  });

  it('Đồng Nai 2025 against Decision 749: its work-record targets restate the tiers (90, 80, 60) exactly; the digital economy falls short', () => {
    expect(alignWithNationalTargets(plans.dongNai2025, DECISION_749_TARGETS).map((a) => [a.targetId, a.national.id, a.asAmbitious, a.asEarly])).toEqual([
      ['dn25-work-records-provincial', 'd749-work-records-provincial-2025', true, true],
      ['dn25-work-records-district', 'd749-work-records-district-2025', true, true],
      ['dn25-work-records-commune', 'd749-work-records-commune-2025', true, true],
      ['dn25-digital-economy', 'd749-digital-economy-2025', false, true],
    ]);
  });

  it('Đồng Nai 2025 against Decision 411: ≥ 10% of GRDP and 60% with payment accounts fall short of 20% and 80%; > 80% e-contracts, > 50% SMEs and > 50% e-signatures match', () => {
    expect(alignWithNationalTargets(plans.dongNai2025, DECISION_411_TARGETS).map((a) => [a.targetId, a.national.id, a.asAmbitious, a.asEarly])).toEqual([
      ['dn25-digital-economy', 'd411-digital-economy-2025', false, true],
      ['dn25-e-contracts', 'd411-e-contracts-2025', true, true],
      ['dn25-smes-digital-platforms', 'd411-smes-2025', true, true],
      ['dn25-e-payment-accounts', 'd411-payment-accounts-2025', false, true],
      ['dn25-adult-digital-signatures', 'd411-e-signatures-2025', true, true],
    ]);
  });

  it('ambition reads strictness: "≥ 80" is less than "> 80", "> 80" as much as "≥ 80"; a later deadline is not as early', () => {
    const plan = (comparator: unknown, deadline = '2025-12-31') => ({ ...plans.dongNai2025, targets: [{ ...plans.dongNai2025.targets.find((t) => t.id === 'dn25-e-contracts')!, comparator, deadline }] });
    const one = (c: unknown, d?: string) => alignWithNationalTargets(plan(c, d) as never, DECISION_411_TARGETS)[0];
    expect(one({ kind: 'at-least', value: '80' })?.asAmbitious).toBe(false);
    expect(one({ kind: 'more-than', value: '80' })?.asAmbitious).toBe(true);
    expect(one({ kind: 'at-least', value: '81' })?.asAmbitious).toBe(true);
    expect(one({ kind: 'between', min: '80', max: '90' })?.asAmbitious).toBeUndefined();
    // Due in 2027: matched with the 2030 national target (100%), as early, and less ambitious.
    expect([one({ kind: 'more-than', value: '80' }, '2027-12-31')?.national.id, one({ kind: 'more-than', value: '80' }, '2027-12-31')?.asAmbitious]).toEqual(['d411-e-contracts-2030', false]);
  });

  it('the scorecard says "national target: 20% by 2025" beside the plan\'s target', () => {
    const card = buildScorecard(plans.dongNai2025, dongNai2025Reported.observations, { asOf: '2025-09-29', nationalTargets: DECISION_411_TARGETS });
    expect(card.entries.find((e) => e.targetId === 'dn25-digital-economy')?.national).toEqual({ id: 'd411-digital-economy-2025', comparator: { kind: 'at-least', value: '20' }, deadline: '2025-12-31', document: '411/QĐ-TTg', asAmbitious: false, asEarly: true });
    expect(renderScorecardMarkdown(card, { lang: 'en' })).toContain('National target: ≥ 20% (by 2025-12-31, 411/QĐ-TTg); this target is less ambitious.');
    expect(renderScorecardMarkdown(card, { lang: 'vi' })).toContain('Chỉ tiêu quốc gia: ≥ 20% (hạn 31/12/2025, 411/QĐ-TTg); chỉ tiêu này thấp hơn.');
  });
});

describe('ranks reported and targeted', () => {
  it('the two rank facts of the 2025 interview, with their sentences, as bounds', () => {
    const interview = readFileSync(resolve(__dirname, '../fixtures/sources/dong-nai-dt-interview-2025-09.txt'), 'utf8');
    const ranks = dongNai2025Reported.observations.filter((o) => vnIndicators[o.indicatorId as keyof typeof vnIndicators]?.unit === 'rank');
    expect(ranks.map((o) => [o.indicatorId, o.value, o.flags])).toEqual([['service-index-766-rank', '10', ['estimated']], ['dti-rank', '14', ['estimated']]]);
    for (const o of ranks) expect(interview).toContain(o.note);
    expect([vnIndicators['dti-rank'].direction, vnIndicators['dti-rank'].unit]).toEqual(['lower-is-better', 'rank']);
  });

  it('"among the top 14" reads as at most 14; "up 2 places" as a change of at least 2', () => {
    const top14 = { kind: 'at-most', value: '14' } as const;
    expect(['1', '14', '15'].map((r) => isTargetMet(top14, r))).toEqual([true, true, false]);
    expect(['1', '2', '3'].map((c) => isTargetMet({ kind: 'at-least', value: '2' }, c))).toEqual([false, true, true]);
  });
});
