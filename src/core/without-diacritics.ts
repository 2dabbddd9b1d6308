/**
 * A Vietnamese text without its diacritics, đ as d ("Đồng Nai" → "Dong Nai"): the names' English
 * form in the unit registers. @internal
 */
export function withoutDiacritics(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
