import en from './i18n/en.js';
import nb from './i18n/nb.js';

const dictionaries = { nb, en };
const STORAGE_KEY = 'newsroom.editor.language';
const listeners = new Set();

let current = dictionaries[localStorage.getItem(STORAGE_KEY)] ? localStorage.getItem(STORAGE_KEY) : 'nb';

export const languages = Object.keys(dictionaries);

export function language() {
    return current;
}

export function setLanguage(code) {
    if (!dictionaries[code] || code === current) {
        return;
    }
    current = code;
    localStorage.setItem(STORAGE_KEY, code);
    document.documentElement.lang = code;
    listeners.forEach(listener => listener(code));
}

export function onLanguageChange(listener) {
    listeners.add(listener);
}

/** The text for a key in the current language, with {name} placeholders filled from values. */
export function t(key, values = {}) {
    const text = dictionaries[current][key] ?? dictionaries.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (placeholder, name) => (name in values ? String(values[name]) : placeholder));
}

export function formatTime(iso) {
    if (!iso) {
        return t('common.none');
    }
    return new Intl.DateTimeFormat(current === 'nb' ? 'nb-NO' : 'en-GB', {
        dateStyle: 'medium', timeStyle: 'short'
    }).format(new Date(iso));
}

export function formatNumber(value) {
    return value === null || value === undefined
        ? ''
        : new Intl.NumberFormat(current === 'nb' ? 'nb-NO' : 'en-GB').format(Number(value));
}

document.documentElement.lang = current;
