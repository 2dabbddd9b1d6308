/**
 * The fields a sheet's columns can fill. `unitName` is resolved to a code (see
 * {@link SheetReadOptions.units}); `indicator` holds an indicator's id or its name.
 * @category Reading sheets
 */
export type SheetField =
  | 'unitCode'
  | 'unitName'
  | 'indicator'
  | 'period'
  | 'tier'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'source'
  | 'note';

/**
 * The header names recognised out of the box, in Vietnamese and English, written without
 * diacritics and in lower case: a header matches when it reads the same once its own diacritics,
 * case, punctuation and extra spaces are set aside ("Mã xã", "MÃ XÃ", "ma_xa" all match
 * `ma xa`). Give your own with {@link SheetReadOptions.columns}.
 * @example
 * ```ts
 * DEFAULT_COLUMN_NAMES.numerator; // ['tu so', 'numerator']
 * ```
 * @category Reading sheets
 */
export const DEFAULT_COLUMN_NAMES: Readonly<Record<SheetField, readonly string[]>> = Object.freeze({
  unitCode: ['ma xa', 'ma phuong xa', 'ma don vi', 'ma dvhc', 'ma tinh', 'ma huyen', 'unit code', 'code'],
  unitName: ['ten don vi', 'ten xa', 'ten phuong xa', 'don vi', 'xa phuong', 'phuong xa', 'unit name', 'unit', 'commune'],
  indicator: ['chi tieu', 'ma chi tieu', 'ten chi tieu', 'indicator', 'indicator id'],
  period: ['ky bao cao', 'ky', 'thoi gian', 'thoi ky', 'period'],
  tier: ['cap', 'tier'],
  value: ['gia tri', 'so lieu', 'ket qua', 'ty le', 'value'],
  numerator: ['tu so', 'numerator'],
  denominator: ['mau so', 'denominator'],
  source: ['nguon', 'nguon so lieu', 'source'],
  note: ['ghi chu', 'note', 'notes'],
});

/** A header or a name as it is compared: no diacritics, lower case, words of letters and digits. @internal */
export function headerKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .join(' ');
}

/**
 * Which column fills which field: the caller's names first, then the default ones; a field is
 * filled by at most one column, and a column fills at most one field. @internal
 */
export function mapColumns(
  headers: readonly string[],
  own: Readonly<Partial<Record<SheetField, string>>> = {},
): { readonly byField: Partial<Record<SheetField, number>>; readonly unknownOwn: readonly SheetField[] } {
  const keys = headers.map(headerKey);
  const byField: Partial<Record<SheetField, number>> = {};
  const used = new Set<number>();
  const unknownOwn: SheetField[] = [];
  for (const [field, name] of Object.entries(own) as [SheetField, string][]) {
    const i = keys.indexOf(headerKey(name));
    if (i < 0) unknownOwn.push(field);
    else {
      byField[field] = i;
      used.add(i);
    }
  }
  for (const [field, names] of Object.entries(DEFAULT_COLUMN_NAMES) as [SheetField, readonly string[]][]) {
    if (field in own) continue;
    for (const name of names) {
      const i = keys.findIndex((k, j) => k === name && !used.has(j));
      if (i >= 0) {
        byField[field] = i;
        used.add(i);
        break;
      }
    }
  }
  return { byField, unknownOwn };
}
