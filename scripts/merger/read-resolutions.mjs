// Reads article 1 of the standing committee's resolutions 1654–1687/NQ-UBTVQH15 (2025), which
// list, clause by clause, which old communes (in full or in part) form each new commune.
// Input: the Markdown conversions in shared/data/vn-admin/resolutions-2025/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Article 1 as one string of paragraphs, Markdown escapes and line breaks removed. */
function articleOne(text) {
  const md = text.normalize('NFC').replace(/[\u00a0\u200b]/g, ' ');
  const start = md.search(/\*\*Điều 1\.|^Điều 1\./m);
  const end = md.search(/\*\*Điều 2\./);
  if (start < 0 || end < start) throw new Error('article 1 not found');
  return md
    .slice(start, end)
    .replace(/\\([.\-*()[\]_])/g, '$1')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/\*\*\s*\*\*/g, ' ').trim())
    .filter((p) => p !== '');
}

const TYPE = '(?:thị trấn|xã|phường|đặc khu|huyện)';
const typeRe = new RegExp(`^(${TYPE})\\s*`, 'i');

// The conversion glued some words ("củacác", "vàxã", "Hồvà", "dân sốcủa"): "của" and the
// conjunction "và" (lower case, before a space, a capital or a type word) are set apart again.
const AND = /\s*và(?=\s|,|\p{Lu}|các|thị trấn|xã|phường|huyện|một|phần|toàn)\s*/gu;
// A type word glued to the name before it, or following it without a comma ("thị trấn
// Nghènxã Thiên Lộc", "thị trấn Thiên Cầm xã Nam Phúc Thăng"), starts a new unit.
const spaced = (t) =>
  t
    .replace(/\s*của\s*/g, ' của ')
    .replace(/\)(?=\S)/g, ') ')
    .replace(/(?<!cá)(\p{Ll})(xã|phường|thị trấn) (?=\p{Lu})/gu, '$1, $2 ')
    .replace(/(\p{Lu}\p{Ll}*) (xã|phường|thị trấn) (?=\p{Lu})/gu, '$1, $2 ')
    .replace(/\s+/g, ' ');

/**
 * Splits a list such as "thị trấn An Phú, xã Vĩnh Hội Đông" or "các xã Hưng Hà, Hưng Điền B và
 * Hưng Điền" into units {type, name, qualifier}; a name without a type word takes the last one.
 */
export function splitUnitList(text) {
  const units = [];
  let type;
  // Commas and "và" separate units, except inside parentheses ("(huyện Châu Thành, tỉnh Bến Tre)").
  const inner = [];
  const protectedText = spaced(text).replace(/\(([^)]*)\)/g, (_, x) => `(\u0003${inner.push(x) - 1}\u0004)`);
  for (let part of protectedText.replace(AND, ', ').split(/\s*,\s*/)) {
    part = part.trim().replace(/^các\s*(?=thị trấn|xã|phường|huyện)/i, '').replace(/\u0003(\d+)\u0004/g, (_, i) => inner[Number(i)]);
    if (part === '') continue;
    const m = part.match(typeRe);
    if (m) {
      type = m[1].toLowerCase();
      part = part.slice(m[0].length);
      // "phường Phường 4": the type word written twice.
      const again = part.match(typeRe);
      if (again && again[1].toLowerCase() === type) part = part.slice(again[0].length);
    }
    const q = part.match(/^(.*?)\s*\(([^)]*)\)\s*$/);
    units.push({ type, name: (q ? q[1] : part).trim(), qualifier: q ? q[2].trim() : undefined });
  }
  return units;
}

// Partial shares first: "một phần diện tích tự nhiên[, toàn bộ quy mô dân số] của", "phần còn lại
// của", the area without the population; then the whole: "toàn bộ diện tích tự nhiên, quy mô dân số của" (also written "bộ diện
// tích", "quy mô dân của", or without "của").
const SHARE = [
  [/một phần\s*(?:diện tích(?:\s*tự nhiên)?)?,?\s*(?:(?:toàn bộ\s*)?quy mô dân\s*(?:số)?)?\s*(?:của\s*)*/g, 'partial'],
  [/phần (?:quy mô dân số\s*)?còn lại\s*(?:của\s*)+/g, 'partial'],
  // The whole area but not the population ("toàn bộ diện tích tự nhiên của xã Kỳ Lợi"): a part.
  [/toàn bộ diện tích tự nhiên\s+(?:của\s*)+/g, 'partial'],
  [/(?:toàn\s*)?bộ\s*(?:diện tích tự nhiên,?\s*)?(?:(?:và\s*)?quy mô dân\s*(?:số)?\s*)?(?:còn lại\s*)?(?:của\s*)*(?=các|thị trấn|xã|phường|huyện|\p{Lu})/gu, 'full'],
];

/** The old units of a clause's composition text, each marked full or partial. */
export function readComposition(text) {
  // Mark where each share phrase begins, then cut the text at the marks.
  // "phần còn lại của X sau khi sắp xếp theo quy định tại khoản N Điều này": the reference ends
  // the partial share; a unit named after it without a share phrase is whole again ("… Điều này và
  // xã Phong Quang").
  let marked = spaced(text).replace(
    /\s*sau khi (?:thực hiện\s*)?sắp xếp theo quy định tại\s*(?:các\s*)?khoản\s*\d+(?:\s*(?:,|và)\s*(?:khoản\s*)?\d+)*\s*(?:của\s*)?(?:Điều\s*này)?/g,
    '\u0001full\u0002',
  );
  for (const [re, kind] of SHARE) marked = marked.replace(re, `\u0001${kind}\u0002`);
  const out = [];
  for (const chunk of marked.split('\u0001').slice(1)) {
    const [kind, rest] = chunk.split('\u0002');
    const list = rest.replace(/[\s,]*(?:và)?[\s,]*$/, '').replace(AND, ', ').replace(/^[\s,]*/, '');
    for (const u of splitUnitList(list)) out.push({ ...u, kind });
  }
  return out;
}

// "N. Sắp xếp <composition> thành <type> mới có tên gọi là **<type> <name>**." The conversion to
// Markdown lost some spaces ("Yên Thổthành", "là**xã", "xãYên Thổ") and moved a bold mark
// ("xã **Tuy An Đông**"); "thành phố" in a qualifier is not the verb.
const CLAUSE = new RegExp(
  `^(\\d+)\\.\\s*(Sắp xếp|Đổi tên|Nhập)\\s*(.*?)\\s*thành(?! phố)\\s*(?:${TYPE}\\s*)?(?:mới\\s*)?(?:có tên\\s*gọi\\s*(?:là)?\\s*)?(${TYPE})?\\s*(\\*\\*.+?\\*\\*|[^*]+?\\.?$)`);

/** Every clause of article 1 that forms or renames a commune, and the communes left as they were. */
export function readResolution(md) {
  const paragraphs = articleOne(md);
  // A clause the conversion broke over two paragraphs is joined again.
  const joined = [];
  for (const p of paragraphs) {
    const last = joined.at(-1);
    if (last !== undefined && /^\d+\.\s*(Sắp xếp|Đổi tên|Nhập)/.test(last) && !last.includes('**') && !/^\d+\./.test(p)) joined[joined.length - 1] = `${last} ${p}`;
    else joined.push(p);
  }
  const clauses = [];
  const unchanged = [];
  for (const p of joined) {
    const c = p.match(CLAUSE);
    if (c) {
      const [, clause, verb, composition, typeOutside, named] = c;
      const bold = named.replace(/\*\*|\.$/g, '').replace(/^là\s+/, '').trim();
      const t = bold.match(typeRe);
      const parts = verb.toLowerCase() === 'đổi tên'
        ? splitUnitList(composition).map((u) => ({ ...u, kind: 'full' }))
        : readComposition(composition);
      clauses.push({
        clause: Number(clause),
        newType: (t?.[1] ?? typeOutside)?.toLowerCase(),
        newName: bold.slice(t?.[0].length ?? 0).replace(/\.$/, '').trim(),
        parts,
        text: p,
      });
      continue;
    }
    const u = p.match(/không thực hiện sắp xếp là\s+(.*?)\.?$/i);
    if (u) unchanged.push(...splitUnitList(u[1]));
    else if (/^\d+\.\s*(?![\s]|Sau khi sắp xếp)/.test(p)) throw new Error(`unread clause: ${p.slice(0, 200)}`);
  }
  return { clauses, unchanged };
}

/** All 34 resolutions in a folder, keyed by number ("1654"). */
export function readResolutions(dir) {
  const out = new Map();
  for (const f of readdirSync(dir).filter((f) => /^16\d\d_NQ-UBTVQH15\.md$/.test(f)).sort()) {
    const md = readFileSync(join(dir, f), 'utf8').normalize('NFC');
    const province = md.replace(/\s+/g, ' ').match(/Điều 1\. Sắp xếp các đơn vị hành chính cấp xã của (?:tỉnh|thành phố) (.+?)\s*\*\*/i)?.[1].trim();
    out.set(f.slice(0, 4), { province, ...readResolution(md) });
  }
  return out;
}
