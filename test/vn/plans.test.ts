import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObservationSet, parsePlan, type Plan, type Target } from '../../src/index.js';
import { dongNai2025Reported, plans, vnIndicators } from '../../src/vn/index.js';

const sourceText = (id: string) => readFileSync(resolve(__dirname, '../fixtures/sources', `${id}.txt`), 'utf8');
const all = Object.values(plans);
const byId = (plan: Plan, id: string) => plan.targets.find((t) => t.id === id) as Target;
const cmp = (t: Target) => t.comparator;

describe('the built-in plans', () => {
  it('are valid under the model\'s schemas, and parsing changes nothing', () => {
    for (const plan of all) expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(parseObservationSet(dongNai2025Reported)).toEqual(dongNai2025Reported);
  });

  it('each target\'s quote appears verbatim in its source document', () => {
    for (const plan of all) {
      for (const t of [...plan.targets, ...(plan.budget ?? [])]) {
        expect(sourceText(t.source.document), `${plan.id} ${t.id}`).toContain(t.source.quote);
      }
    }
    for (const o of dongNai2025Reported.observations) {
      const words = (o.note ?? '').split(' … ');
      for (const w of words) expect(sourceText(dongNai2025Reported.source), o.indicatorId).toContain(w);
    }
  });

  // Every percentage in a document is a target of its plan, a reported figure, or listed here
  // with the reason it is not a target. A target left out fails this test.
  // One entry for each occurrence.
  const NOT_TARGETS: Record<string, [string, string][]> = {
    'dong-nai-dt-plan-2025': [['10', 'the sub-heading restates the digital-economy target']],
    'dong-nai-egov-2022': [],
    'binh-duong-it-plan-2021-2025': [],
    'dong-nai-dt-interview-2025-09': [
      ['2', 'the headline restates the 1–2% range target'],
      ['100', 'achievement: 4G/5G covers 100% of the central area'],
      ['100', 'achievement: propaganda and awareness raising reached 100%'],
      ['100', 'achievement: 100% of cadres and civil servants have computers'],
    ],
  };
  const percentages = (text: string) =>
    [...text.matchAll(/(\d+(?:[.,]\d+)?)\s?%|\b(Eighty) percent/g)].map((m) => (m[2] === 'Eighty' ? '80' : (m[1] as string).replace(',', '.')));

  it('no percentage target is left out (each occurrence in the text is accounted for)', () => {
    const documents = new Map<string, string[]>();
    const accounted = (doc: string) => documents.get(doc) ?? documents.set(doc, []).get(doc)!;
    for (const plan of all) {
      const seen = new Set<string>();
      for (const t of plan.targets) {
        const c = t.comparator;
        const values = c.kind === 'between' ? [c.min, c.max] : c.kind === 'all' ? ['100'] : c.kind === 'yes' ? [] : [c.value];
        // Targets made from one figure of the text (the same quote and value, e.g. "100% … at
        // provincial and district levels") account for it once.
        for (const v of values) if (!seen.has(`${t.source.quote}|${v}`) && seen.add(`${t.source.quote}|${v}`)) accounted(t.source.document).push(v);
      }
    }
    for (const o of dongNai2025Reported.observations) accounted(dongNai2025Reported.source).push(o.value!);
    for (const [doc, excluded] of Object.entries(NOT_TARGETS)) {
      const pool = [...accounted(doc), ...excluded.map(([v]) => v)];
      const body = sourceText(doc).split('\n').slice(1).join('\n'); // the first line is the citation
      const missing = percentages(body).filter((p) => {
        const i = pool.indexOf(p);
        if (i >= 0) pool.splice(i, 1);
        return i < 0;
      });
      expect(missing, doc).toEqual([]);
    }
  });

  it('every percentage in a quote is a target made from that quote', () => {
    for (const plan of all) {
      const byQuote = new Map<string, Target[]>();
      for (const t of plan.targets) byQuote.set(t.source.quote, [...(byQuote.get(t.source.quote) ?? []), t]);
      for (const [quote, targets] of byQuote) {
        const values = targets.flatMap((t) => (t.comparator.kind === 'all' ? ['100'] : t.comparator.kind === 'between' ? [t.comparator.min, t.comparator.max] : 'value' in t.comparator ? [t.comparator.value] : []));
        for (const p of percentages(quote)) expect(values, quote).toContain(p);
      }
    }
  });

  it('an indicator shared by two plans is one indicator', () => {
    const usedBy = (id: string) => all.filter((p) => p.indicators.some((i) => i.id === id)).map((p) => p.id);
    expect(usedBy('work-records-digital')).toEqual(['dong-nai-dt-2025', 'dong-nai-egov-2022', 'binh-duong-it-2021-2025']);
    expect(usedBy('online-dossier-rate')).toEqual(['dong-nai-dt-2025', 'binh-duong-it-2021-2025', 'dong-nai-dt-2025-2030']);
    expect(usedBy('ap-records-digitised')).toEqual(['dong-nai-dt-2025', 'dong-nai-egov-2022', 'dong-nai-dt-2025-2030']);
    for (const plan of all) for (const i of plan.indicators) expect(i).toBe(vnIndicators[i.id as keyof typeof vnIndicators]);
  });
});

describe('table: counts and values per plan', () => {
  it('counts', () => {
    expect(all.map((p) => [p.id, p.targets.length])).toEqual([
      ['dong-nai-dt-2025', 34],
      ['dong-nai-egov-2022', 9],
      ['binh-duong-it-2021-2025', 15],
      ['dong-nai-dt-2025-2030', 7],
    ]);
    expect(plans.dongNai2025.domains).toEqual(['digital-data', 'digital-government', 'digital-economy', 'digital-society', 'information-security']);
  });

  it('Đồng Nai 2025: digitisation 70 / 60 / 50, work records 90 / 80 / 60, SMEs strictly above 50', () => {
    const p = plans.dongNai2025;
    const tiers = (indicator: string) => p.targets.filter((t) => t.indicatorId === indicator).map((t) => [t.tier, cmp(t)]);
    expect(tiers('ap-records-digitised')).toEqual([
      ['provincial', { kind: 'at-least', value: '70' }],
      ['district', { kind: 'at-least', value: '60' }],
      ['commune', { kind: 'at-least', value: '50' }],
    ]);
    expect(tiers('work-records-digital')).toEqual([
      ['provincial', { kind: 'at-least', value: '90' }],
      ['district', { kind: 'at-least', value: '80' }],
      ['commune', { kind: 'at-least', value: '60' }],
    ]);
    expect(tiers('fully-online-services').map(([tier]) => tier)).toEqual(['province-wide', 'department', 'district', 'commune']);
    expect(tiers('online-dossier-rate')).toEqual([
      ['province-wide', { kind: 'at-least', value: '70' }],
      ['department', { kind: 'at-least', value: '85' }],
      ['locality', { kind: 'at-least', value: '60' }],
    ]);
    expect(cmp(byId(p, 'dn25-smes-digital-platforms'))).toEqual({ kind: 'more-than', value: '50' });
    expect(cmp(byId(p, 'dn25-e-contracts'))).toEqual({ kind: 'more-than', value: '80' });
    expect(cmp(byId(p, 'dn25-adult-digital-signatures'))).toEqual({ kind: 'more-than', value: '50' });
    expect(cmp(byId(p, 'dn25-restore-within-24h'))).toEqual({ kind: 'at-most', value: '24' });
    expect(vnIndicators['incident-restore-hours'].direction).toBe('lower-is-better');
    expect(cmp(byId(p, 'dn25-households-fibre'))).toEqual({ kind: 'all' });
    expect(cmp(byId(p, 'dn25-digital-economy'))).toEqual({ kind: 'at-least', value: '10' });
  });

  it('Đồng Nai 2022, Bình Dương 2021–2025', () => {
    const work = (p: Plan) => p.targets.filter((t) => t.indicatorId === 'work-records-digital').map((t) => [t.tier, cmp(t)]);
    expect(work(plans.dongNai2022)).toEqual([
      ['provincial', { kind: 'all' }],
      ['district', { kind: 'at-least', value: '90' }],
      ['commune', { kind: 'at-least', value: '80' }],
    ]);
    expect(byId(plans.dongNai2022, 'dn22-results-digitised-provincial').deadline).toBe('2022-12-31');
    expect(plans.dongNai2022.documentNumber).toBe('5003/QD-UBND');
    expect(work(plans.binhDuong2021To2025).map(([, c]) => c)).toEqual([
      { kind: 'at-least', value: '90' },
      { kind: 'at-least', value: '80' },
      { kind: 'at-least', value: '60' },
    ]);
    expect(plans.binhDuong2021To2025.unitCode).toBe('74');
  });

  it('Đồng Nai 2025–2030: a range, a count, a strict share, the budget as exact money', () => {
    const p = plans.dongNai2025To2030;
    expect(cmp(byId(p, 'dn30-dt-contribution-to-growth'))).toEqual({ kind: 'between', min: '1', max: '2' });
    expect(cmp(byId(p, 'dn30-large-tech-investors'))).toEqual({ kind: 'at-least', value: '5' });
    expect(vnIndicators['large-tech-investors'].unit).toBe('count');
    expect(cmp(byId(p, 'dn30-leaders-st-expertise'))).toEqual({ kind: 'more-than', value: '25' });
    expect(p.budget?.map((b) => [b.id, b.amountVnd, b.qualifier])).toEqual([
      ['dn30-budget-total', '909000000000', 'more-than'],
      ['dn30-budget-infrastructure', '530000000000', 'exactly'],
      ['dn30-budget-government', '217000000000', 'exactly'],
    ]);
  });

  it('the reported figures of the 2025 interview', () => {
    const value = (id: string) => dongNai2025Reported.observations.find((o) => o.indicatorId === id)?.value;
    expect([
      value('online-dossier-rate'),
      value('ap-across-boundaries'),
      value('citizen-digital-signatures'),
      value('electronic-health-records'),
      value('community-digital-teams'),
      value('community-digital-team-members'),
      value('digital-economy-share-grdp'),
    ]).toEqual(['91', '93', '187346', '3970176', '1956', '12906', '10']);
    expect(dongNai2025Reported.asOf).toBe('2025-09-29');
  });
});
