import type { AdministrativeLevel, AdministrativeUnit } from '../model/unit.js';
import type { IsoDate } from '../model/primitives.js';

/**
 * The tree of administrative units in force on one date. Plain readonly data with lookup maps;
 * build it with {@link hierarchyAt} and query it with the free functions of this module.
 * @category Geography
 */
export interface Hierarchy {
  /** The date the tree is in force on. */
  readonly date: IsoDate;
  /** The levels present on that date, top-down (`province, district, commune` before 2025-07-01). */
  readonly levels: readonly AdministrativeLevel[];
  /** Every unit in force on the date, depth first in code order (each parent before its children). */
  readonly units: readonly AdministrativeUnit[];
  /** Units by code. */
  readonly byCode: ReadonlyMap<string, AdministrativeUnit>;
  /** Children by parent code, in code order; the key `""` lists the provinces. */
  readonly childrenByCode: ReadonlyMap<string, readonly AdministrativeUnit[]>;
}
