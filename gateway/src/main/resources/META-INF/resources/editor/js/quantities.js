import { formatNumber, t } from './i18n.js';

/** How a reported figure relates to its number; each has a dictionary entry qualifier.<name>. */
export const QUALIFIERS = ['EXACT', 'AT_LEAST', 'AT_MOST', 'APPROXIMATE', 'RANGE'];

/** A quantity in words for the current language: "about 1,200 soldiers", "between 3–5 drones". */
export function describeQuantity(quantity) {
    const qualifier = t(`qualifier.${quantity.qualifier ?? 'EXACT'}`);
    const number = quantity.qualifier === 'RANGE'
        ? `${figure(quantity.low)}–${figure(quantity.high)}`
        : figure(quantity.value ?? quantity.low ?? quantity.high);
    return [qualifier, number, quantity.unit].filter(Boolean).join(' ');
}

function figure(value) {
    return value === null || value === undefined ? '?' : formatNumber(value);
}
