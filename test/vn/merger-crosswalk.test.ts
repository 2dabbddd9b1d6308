// The 2025 commune crosswalk, checked link by link against the resolutions. Everything it reads
// is in the repository: the generated data, the corrections file and the generator's readers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hierarchyAt, predecessorsOf, successorsOf, unitsOfLevel, type CrosswalkLink } from '../../src/index.js';
import { vnCommuneCrosswalk, vnUnits } from '../../src/vn/communes.js';
// @ts-expect-error -- plain JavaScript module of the generator
import { readComposition, readResolution } from '../../scripts/merger/read-resolutions.mjs';
// @ts-expect-error -- plain JavaScript module of the generator
import { readFormedFrom } from '../../scripts/merger/read-ministry-map.mjs';
// @ts-expect-error -- plain JavaScript module of the generator
import { nameKey } from '../../scripts/merger/names.mjs';

interface Correction {
  new: string;
  links: string;
  resolution: string;
  clause: number;
  basis: 'c' | 'm' | 'h';
  why: string;
}
const corrections: Correction[] = JSON.parse(readFileSync(new URL('../../scripts/merger/corrections-2025-07-01.json', import.meta.url), 'utf8'));
const links = (code: string): string =>
  predecessorsOf(vnCommuneCrosswalk, code)
    .map((l) => l.oldCode + (l.kind === 'partial' ? '*' : ''))
    .sort()
    .join(',');
const byNew = new Map<string, CrosswalkLink[]>();
for (const l of vnCommuneCrosswalk.links) byNew.set(l.newCode, [...(byNew.get(l.newCode) ?? []), l]);

describe('the commune crosswalk of 2025-07-01 and its sources', () => {
  it('3,321 communes: 3,253 agreed by all three sources, 60 corrected, 6 map readings set aside, 2 by hand, 0 unexplained', () => {
    const counts: Record<string, number> = {};
    for (const ls of byNew.values()) {
      const bases = new Set(ls.map((l) => l.source?.basis));
      expect(bases.size).toBe(1);
      const b = [...bases][0] ?? 'none';
      counts[b] = (counts[b] ?? 0) + 1;
    }
    expect(byNew.size).toBe(3321);
    expect(counts).toEqual({ 'sources-agree': 3253, 'mapping-corrected': 60, 'map-set-aside': 6, 'decided-by-hand': 2 });
  });

  it('every commune not agreed by all three is in the corrections file, with its clause, links and reason', () => {
    const basis = { c: 'mapping-corrected', m: 'map-set-aside', h: 'decided-by-hand' } as const;
    const notAgreed = [...byNew].filter(([, ls]) => ls[0]?.source?.basis !== 'sources-agree').map(([c]) => c).sort();
    expect(corrections.map((c) => c.new).sort()).toEqual(notAgreed);
    for (const c of corrections) {
      const source = predecessorsOf(vnCommuneCrosswalk, c.new)[0]?.source;
      expect({ links: links(c.new), document: source?.document, clause: source?.clause, basis: source?.basis, note: source?.note }, c.new)
        .toEqual({ links: c.links, document: c.resolution, clause: c.clause, basis: basis[c.basis], note: c.why });
      expect(c.why.length, c.new).toBeGreaterThan(20);
    }
  });

  // Each case worked by hand from the resolution's text (quoted).
  it('Resolution 1654, clause 31: "thị trấn Vĩnh Bình, xã Tân Phú và xã Vĩnh An thành xã mới … xã Vĩnh An"', () => {
    expect(links('30604')).toBe('30604,30610,30622');
    // The mapping had put An Giang's Xã Tân Phú (30622) into Tân Phú Trung, Đồng Tháp (clause 38 of 1663).
    expect(successorsOf(vnCommuneCrosswalk, '30622').map((l) => l.newCode)).toEqual(['30604']);
    expect(links('30259')).toBe('30256,30259,30262,30274');
    expect(predecessorsOf(vnCommuneCrosswalk, '30604')[0]?.source).toEqual({
      document: '1654/NQ-UBTVQH15', clause: 31, basis: 'mapping-corrected', note: 'The clause names Xã Tân Phú (30622), the mapping does not.',
    });
  });

  it('Resolution 1656, clauses 89 and 104: Xã Sơn Đồng (09859) goes whole into xã Sơn Đồng, not in part into Đoài Phương', () => {
    // 89: "xã Kim Sơn, xã Sơn Đông và một phần … của xã Cổ Đông thành … xã Đoài Phương"
    expect(links('09616')).toBe('09610,09613,09616*');
    // 104: "toàn bộ … của các xã Lại Yên, Sơn Đồng, Tiền Yên, một phần … của các xã An Khánh, Song
    // Phương, Vân Côn, một phần diện tích tự nhiên của xã An Thượng và phần còn lại của xã Vân Canh"
    expect(links('09871')).toBe('09859,09862*,09868,09871,09874*,09877*,09880*,09883*');
  });

  it('Resolution 1660, clauses 2 and 11: "xã Ea Drơng và xã Cuôr Đăng" is Ea D\'Rơng (24292), not Ea Drông (24328)', () => {
    expect(links('24301')).toBe('24292,24301');
    expect(links('24328')).toBe('24328,24334'); // "xã Ea Siên và xã Ea Drông"
  });

  it('Resolution 1665, clause 62: "toàn bộ diện tích tự nhiên của xã Kỳ Lợi" — the area, not the people: a part', () => {
    expect(links('18823')).toBe('18796*,18823,18835');
    expect(successorsOf(vnCommuneCrosswalk, '18796').map((l) => `${l.newCode}:${l.kind}`).sort()).toEqual(['18754:partial', '18823:partial', '18832:partial']);
  });

  it('Resolution 1674, clauses 94 and 123: xã Tân Thành (14668) in Lai Thành; phường Tân Thành (14323) whole in Hoa Lư', () => {
    expect(links('14674')).toBe('14668,14671,14674');
    expect(successorsOf(vnCommuneCrosswalk, '14323').map((l) => `${l.newCode}:${l.kind}`)).toEqual(['14329:full']);
  });

  it('decided by hand: names the register of 2025-06-30 writes differently (Xá Nhè, Hưng Yên Nam)', () => {
    expect(links('03244')).toBe('03244,03247,03259');
    expect(links('18007')).toBe('18004,18007,18008');
    expect(predecessorsOf(vnCommuneCrosswalk, '18007')[0]?.source?.note).toContain('1027/CTK-CSCL');
  });

  it('conserves every old commune over the whole country', () => {
    const old = unitsOfLevel(hierarchyAt(vnUnits, '2025-06-30'), 'commune');
    expect(old.length).toBe(10035);
    const without = old.filter((u) => successorsOf(vnCommuneCrosswalk, u.code).length === 0).map((u) => u.code);
    expect(without).toEqual([]);
    const problems: string[] = [];
    for (const u of old) {
      const s = successorsOf(vnCommuneCrosswalk, u.code);
      // A split old commune is partial in every successor; one taken whole has exactly one.
      if (s.length > 1 && s.some((l) => l.kind === 'full')) problems.push(`${u.code} whole and split`);
      if (s.length === 1 && s[0]?.kind === 'partial') problems.push(`${u.code} partial in one commune only`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the generator\'s readers', () => {
  it('reads a clause\'s shares: whole, "một phần", "phần còn lại … sau khi sắp xếp theo quy định tại khoản N"', () => {
    const parts = readComposition('toàn bộ diện tích tự nhiên, quy mô dân số của xã Quốc Thái, xã Nhơn Hội, một phần diện tích tự nhiên, quy mô dân số của xã Phước Hưng và phần còn lại của xã Phú Hội sau khi sắp xếp theo quy định tại khoản 1 Điều này');
    expect(parts.map((p: { name: string; kind: string }) => `${p.name}:${p.kind}`)).toEqual(['Quốc Thái:full', 'Nhơn Hội:full', 'Phước Hưng:partial', 'Phú Hội:partial']);
    // A unit named after the reference is whole again (1684, clause 111).
    const after = readComposition('toàn bộ diện tích tự nhiên, quy mô dân số của các phường Ngọc Hà, Trần Phú, Minh Khai,phần còn lại của phường Quang Trung sau khi sắp xếp theo quy định tại khoản 110 Điều nàyvà xã Phong Quang');
    expect(after.map((p: { name: string; kind: string }) => `${p.name}:${p.kind}`)).toEqual(['Ngọc Hà:full', 'Trần Phú:full', 'Minh Khai:full', 'Quang Trung:partial', 'Phong Quang:full']);
  });

  it('reads article 1: clauses with "Sắp xếp", "Nhập", "Đổi tên", and the communes left as they were', () => {
    const md = [
      '**Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh X**', '',
      '1\\. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã A Một, Hai\nvà Ba thành xã mới có tên gọi là **xã Ba**.', '',
      '2\\. Nhập toàn bộ diện tích tự nhiên, quy mô dân số của xã Long Hòa (huyện Cần Giờ) và thị trấn Cần Thạnh thành xã mới có tên gọi là **xã** **Cần Giờ**.', '',
      '3\\. Đổi tên xã Krông Na thành **xã Buôn Đôn**.', '',
      '4\\. Sau khi sắp xếp, tỉnh X có 4 đơn vị hành chính cấp xã; trong đó có 01 xã không thực hiện sắp xếp là xã Hồ Thị Kỷ.', '',
      '**Điều 2. Hiệu lực thi hành**',
    ].join('\n');
    const r = readResolution(md);
    expect(r.clauses.map((c: { clause: number; newName: string; parts: { name: string; qualifier?: string }[] }) => `${c.clause} ${c.newName}: ${c.parts.map((p) => p.name + (p.qualifier ? ` (${p.qualifier})` : '')).join(', ')}`)).toEqual([
      '1 Ba: A Một, Hai, Ba',
      '2 Cần Giờ: Long Hòa (huyện Cần Giờ), Cần Thạnh',
      '3 Buôn Đôn: Krông Na',
    ]);
    expect(r.unchanged).toEqual([{ type: 'xã', name: 'Hồ Thị Kỷ', qualifier: undefined }]);
  });

  it('reads the ministry map\'s words, parenthetical remarks included', () => {
    expect(readFormedFrom('giữ nguyên')).toBe('unchanged');
    const items = readFormedFrom('Phường Quán Thánh, Phường Trúc Bạch, một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên, phần còn lại của phường Cửa Đông, Đồng Xuân sau khi sắp Xếp');
    expect(items.map((p: { name: string; kind: string }) => `${p.name}:${p.kind}`)).toEqual(['Quán Thánh:full', 'Trúc Bạch:full', 'Cửa Nam:partial', 'Điện Biên:partial', 'Cửa Đông:partial', 'Đồng Xuân:partial']);
    const remark = readFormedFrom('Xã Ba Vì, Xã Minh Quang (phần còn lại sau khi sáp nhập vào xã Bất Bạt, xã Tản Viên), Xã Tân Thành (huyện Hàm Yên)');
    expect(remark).toEqual([
      { type: 'xã', name: 'Ba Vì', qualifier: undefined, kind: 'full' },
      { type: 'xã', name: 'Minh Quang', qualifier: undefined, kind: 'partial' },
      { type: 'xã', name: 'Tân Thành', qualifier: 'huyện Hàm Yên', kind: 'full' },
    ]);
  });

  it('gives one key to the spellings of one name', () => {
    const same = (a: string, b: string) => expect(nameKey(a), `${a} / ${b}`).toBe(nameKey(b));
    same('Hòa Phú', 'Hoà Phú');
    same('Thủy Xuân', 'Thuỷ Xuân');
    same('Đắk Long', 'Đăk Long');
    same('N.T Phong Hải', 'Nông trường Phong Hải');
    same('Phường Đúc', 'Đúc');
    same('IV', '4');
    same('Văn Miếu - Quốc Tử Giám', 'Văn Miếu Quốc Tử Giám');
    expect(nameKey('Lộc Thạnh')).not.toBe(nameKey('Lộc Thành'));
  });
});
