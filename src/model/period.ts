import * as z from 'zod/mini';
import { schema } from './schema.js';
import { periodBounds, type Period } from './period-bounds.js';

export { periodBounds, type Period, type PeriodKind } from './period-bounds.js';

/**
 * Zod schema for a {@link Period}.
 * @example
 * ```ts
 * periodSchema.safeParse('2025-Q2').success; // true
 * ```
 * @category Schemas
 */
export const periodSchema = /* @__PURE__ */ schema(() =>
  z.custom<Period>((v) => typeof v === 'string' && periodBounds(v) !== undefined, {
    error: (iss) =>
      `should be a period written "2025", "2025-Q2", "2025-06" or "2025-06-30", got ${typeof iss.input === 'string' ? JSON.stringify(iss.input) : iss.input === undefined ? 'nothing' : typeof iss.input}`,
    params: { code: 'invalid_value' },
  }),
);
