/**
 * A unit's name short enough for a chart axis, the way officials abbreviate it:
 * "Ủy ban nhân dân xã Định Bình" -> "UBND xã Định Bình". Tables show the full name.
 */
export const shortUnitName = (name: string) => name.replace(/^Ủy ban nhân dân\s+/u, 'UBND ');
