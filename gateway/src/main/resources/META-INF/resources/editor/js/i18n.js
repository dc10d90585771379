import en from './i18n/en.js';
import nb from './i18n/nb.js';

/*
 * The dictionaries and the current language. Nothing here touches the page or the browser's storage, so the
 * module runs under Node's test runner; app.js keeps the choice and sets the document's lang.
 */
export const dictionaries = { nb, en };
export const languages = Object.keys(dictionaries);

/** The locale each language formats numbers, dates and plural forms with. */
const LOCALES = { nb: 'nb-NO', en: 'en-GB' };
const FALLBACK = 'en';
const listeners = new Set();

let current = 'nb';

export function language() {
    return current;
}

function locale() {
    return LOCALES[current];
}

export function isLanguage(code) {
    return Object.hasOwn(dictionaries, code);
}

export function setLanguage(code) {
    if (!isLanguage(code) || code === current) {
        return;
    }
    current = code;
    listeners.forEach(listener => listener(code));
}

export function onLanguageChange(listener) {
    listeners.add(listener);
}

/**
 * The text for a key in the current language, with {name} placeholders filled from values; numbers are formatted
 * for the language. An entry with plural forms ({one, other, ...}) is chosen by values.count.
 */
export function t(key, values = {}) {
    const entry = dictionaries[current][key] ?? dictionaries[FALLBACK][key] ?? key;
    const text = typeof entry === 'string' ? entry : pluralForm(entry, values.count);
    return text.replace(/\{(\w+)\}/g, (placeholder, name) => (name in values ? display(values[name]) : placeholder));
}

function pluralForm(forms, count) {
    const category = new Intl.PluralRules(locale()).select(Number(count));
    return forms[category] ?? forms.other;
}

function display(value) {
    return typeof value === 'number' ? formatNumber(value) : String(value);
}

export function formatTime(iso) {
    if (!iso) {
        return t('common.none');
    }
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A number for the current language; options as Intl.NumberFormat's. Null and undefined become ''. */
export function formatNumber(value, options = {}) {
    return value === null || value === undefined ? '' : new Intl.NumberFormat(locale(), options).format(Number(value));
}
