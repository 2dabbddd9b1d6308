export { crosswalkLinkSchema, crosswalkSchema, parseCrosswalk, predecessorsOf, successorsOf, type Crosswalk, type CrosswalkLink, type CrosswalkLinkSource } from './crosswalk.js';
export { findUnitsByName } from './find-units-by-name.js';
export { lookupUnitByName, type LookupUnitOptions, type UnitCandidate, type UnitNameLookup } from './lookup-unit-by-name.js';
export { type Hierarchy } from './hierarchy.js';
export { hierarchyAt } from './hierarchy-at.js';
export { ancestorsOf, childrenOf, descendantsOf, parentOf, unitAt, unitsOfLevel } from './queries.js';
