import type { AdministrativeUnit } from '../model/unit.js';
import { guard } from '../model/guard.js';
import { unreadableInput } from '../core/unreadable-input.js';

const VI_TYPE_WORDS = ['thanh pho', 'tinh', 'quan', 'huyen', 'thi xa', 'thi tran', 'phuong', 'xa', 'dac khu', 'tp'];
const EN_TYPE_WORDS = ['province', 'city', 'district', 'town', 'township', 'ward', 'commune', 'special zone', 'special administrative region'];
// Vietnamese tone marks (as combining characters after NFD): grave, acute, tilde, hook above, dot below.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

interface Word {
  /** No diacritics at all, đ → d. */
  readonly bare: string;
  /** Vowel marks kept, the tone mark moved to the end of the syllable: "hóa" and "hoá" agree. */
  readonly toned: string;
}

function wordsOf(s: string): Word[] {
  return s
    .normalize('NFD')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => {
      const tones = (w.match(TONES) ?? []).join('');
      const bare = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
      // Đắk, Đăk and Đak are one word (Đắk Lắk, Đăk Glei, Đak Pơ), and Lắk, Lăk one: one toned form.
      const toned = bare === 'dak' && w.startsWith('đ') ? 'đăk' : bare === 'lak' ? 'lăk' : (w.replace(TONES, '') + tones).normalize('NFC');
      return { bare, toned };
    });
}

// How people abbreviate (matched on the lower-case query, before diacritics are read): the
// type words, and Hồ Chí Minh City's names.
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/^\s*(?:tp\.?\s*)?(?:hcm|hồ chí minh|ho chi minh)\s*(?:city)?\s*$/u, 'thành phố hồ chí minh'],
  [/^\s*tphcm\s*$/u, 'thành phố hồ chí minh'],
  [/^\s*(?:tp\.?\s*)?(?:sài gòn|sai gon|saigon)\s*$/u, 'thành phố hồ chí minh'],
  // Thừa Thiên Huế province became the centrally-run city of Huế on 2025-01-01 (code 46).
  [/^\s*(?:tỉnh\s+|tinh\s+)?(?:thừa thiên huế|thua thien hue|thừa thiên - huế)\s*$/u, 'thành phố huế'],
  [/^\s*(?:t\.\s*p\.?|tp\.?)\s*/u, 'thành phố '],
  [/^\s*tx\.?\s*/u, 'thị xã '],
  [/^\s*tt\.\s*|^\s*tt\s+/u, 'thị trấn '],
  [/^\s*p\.\s*|^\s*p(?=\d)/u, 'phường '],
  [/^\s*x\.\s*/u, 'xã '],
  [/^\s*q\.\s*|^\s*q(?=\d)/u, 'quận '],
  [/^\s*h\.\s*/u, 'huyện '],
];

/** The query with its abbreviations written out ("TP.HCM" → "thành phố hồ chí minh", "P.5" → "phường 5"). @internal */
export function expandAbbreviations(query: string): string {
  let q = query.normalize('NFC').toLowerCase().trim();
  for (const [re, full] of ABBREVIATIONS) {
    if (re.test(q)) {
      q = q.replace(re, full);
      if (!full.endsWith(' ')) break;
    }
  }
  return q;
}

const startsWithWords = (words: readonly Word[], phrase: string): number => {
  const p = phrase.split(' ');
  return p.length < words.length && p.every((x, i) => words[i]?.bare === x) ? p.length : 0;
};

/**
 * The keys a name can be looked up by: bare (no diacritics) and, when it has any, toned; each
 * with and without a leading Vietnamese or trailing English type word.
 */
function keysOf(name: string, stripTypeWords: boolean): string[] {
  const words = wordsOf(name);
  const variants: Word[][] = [words];
  if (stripTypeWords) {
    for (const w of VI_TYPE_WORDS) {
      const n = startsWithWords(words, w);
      if (n > 0) variants.push(words.slice(n));
    }
    const reversed = [...words].reverse();
    for (const w of EN_TYPE_WORDS) {
      const n = startsWithWords(reversed, w.split(' ').reverse().join(' '));
      if (n > 0) variants.push(words.slice(0, words.length - n));
    }
  }
  const hasMarks = words.some((w) => w.toned !== w.bare);
  return variants.flatMap((v) => {
    const bare = `b:${v.map((w) => w.bare).join('')}`;
    return hasMarks ? [bare, `t:${v.map((w) => w.toned).join('')}`] : [bare];
  });
}

const indexCache = new WeakMap<readonly AdministrativeUnit[], Map<string, Set<AdministrativeUnit>>>();

function nameIndex(units: readonly AdministrativeUnit[]): Map<string, Set<AdministrativeUnit>> {
  let idx = indexCache.get(units);
  if (idx === undefined) {
    idx = new Map();
    for (const u of units) {
      for (const n of [u.name, u.nameEn, u.fullName, u.fullNameEn]) {
        for (const k of keysOf(n, false)) {
          const set = idx.get(k);
          if (set) set.add(u);
          else idx.set(k, new Set([u]));
        }
      }
    }
    indexCache.set(units, idx);
  }
  return idx;
}

/**
 * Finds units by name the way people type it: with or without diacritics, either tone-mark
 * placement ("Thanh Hóa", "Thanh Hoá"; "Thủy", "Thuỷ"), Đắk / Đăk / Đak as one word, with or
 * without the type word ("Tỉnh Đồng Nai", "Đồng Nai", "Dong Nai Province") or its abbreviation
 * (TP., T.P., TX., TT., P., X., Q., H.; "P5", "Q1"), in Vietnamese or English; "TP.HCM", "TPHCM",
 * "HCM" and "Sài Gòn" name Hồ Chí Minh City, "Thừa Thiên Huế" the city of Huế. A query with a type word matches
 * that type first ("Tỉnh Thanh Hóa" is the province, not the city of Thanh Hóa) and any type only
 * when nothing of that type matches. A query typed with diacritics
 * matches names with the same diacritics ("Thanh Hóa" is not "Thành Hòa"); a query typed without
 * any matches every name that reads the same without them. An ambiguous name returns every
 * match, in the order of `units`.
 *
 * @example
 * ```ts
 * const h = hierarchyAt(vnProvinces, '2025-07-01');
 * findUnitsByName(h.units, 'tinh dong nai').map((u) => u.code); // ['75']
 * findUnitsByName(h.units, 'TP.HCM').map((u) => u.code); // ['79']
 * ```
 * @param units - The units to search: a hierarchy's `units` (one date) or a register's (all dates).
 * @param query - The name as typed.
 * @returns Every unit whose name matches; empty when none does.
 * @throws {@link DxInputError} when an argument is not what its type says (see docs/errors.md); a well-formed question without an answer is a result with a reason, not an error.
 * @category Geography
 */
export function findUnitsByName(units: readonly AdministrativeUnit[], query: string): AdministrativeUnit[] {
  try {
    const g = guard('findUnitsByName');
    if (g.array(units, ['units'])) units.forEach((u, i) => g.object(u, ['units', i]) && g.text(u.name, ['units', i, 'name']));
    g.text(query, ['query']).done();
    const idx = nameIndex(units);
    const keys = keysOf(expandAbbreviations(query), true);
    const toned = keys.filter((k) => k.startsWith('t:'));
    const [whole, ...stripped] = toned.length > 0 ? toned : keys;
    // The name as typed first ("Tỉnh Thanh Hóa" is the province); without its type word only if
    // nothing matched ("Dong Nai Province" still finds Đồng Nai after it became a city).
    let found = idx.get(whole ?? '') ?? new Set<AdministrativeUnit>();
    if (found.size === 0) found = new Set(stripped.flatMap((k) => [...(idx.get(k) ?? [])]));
    return units.filter((u) => found.has(u));
  } catch (e) {
    throw unreadableInput(e, 'findUnitsByName', { units, query });
  }
}
