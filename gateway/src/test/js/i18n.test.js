import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import {
    dictionaries, formatNumber, formatTime, language, onLanguageChange, setLanguage, t
} from '../../main/resources/META-INF/resources/editor/js/i18n.js';

// Intl separates thousands in nb with a no-break space.
const NBSP = '\u00a0';

afterEach(() => setLanguage('nb'));

describe('t', () => {
    test('returns the text of the current language with placeholders filled', () => {
        assert.equal(t('session.signedInAs', { user: 'kari' }), 'Logget inn som kari');
        setLanguage('en');
        assert.equal(t('session.signedInAs', { user: 'kari' }), 'Signed in as kari');
    });

    test('keeps a placeholder that has no value, so a missing value shows', () => {
        assert.equal(t('session.signedInAs'), 'Logget inn som {user}');
    });

    test('falls back to English, then to the key itself', () => {
        dictionaries.en['test.onlyInEnglish'] = 'Only in English';
        try {
            assert.equal(t('test.onlyInEnglish'), 'Only in English');
        } finally {
            delete dictionaries.en['test.onlyInEnglish'];
        }
        assert.equal(t('test.nowhere'), 'test.nowhere');
    });

    test('formats numbers in placeholders for the language', () => {
        assert.equal(t('queue.shown', { shown: 1200, count: 1500 }), `1${NBSP}200 av 1${NBSP}500 påstander`);
        setLanguage('en');
        assert.equal(t('queue.shown', { shown: 1200, count: 1500 }), '1,200 of 1,500 claims');
    });

    test('chooses the plural form by count', () => {
        assert.equal(t('article.savedCount', { count: 1 }), '1 påstand er lagret.');
        assert.equal(t('article.savedCount', { count: 2 }), '2 påstander er lagret.');
        assert.equal(t('article.savedCount', { count: 0 }), '0 påstander er lagret.');
        setLanguage('en');
        assert.equal(t('queue.shown', { shown: 1, count: 1 }), '1 of 1 claim');
        assert.equal(t('queue.shown', { shown: 1, count: 3 }), '1 of 3 claims');
    });
});

describe('setLanguage', () => {
    test('tells listeners about a change, once', () => {
        const heard = [];
        onLanguageChange(code => heard.push(code));
        setLanguage('en');
        setLanguage('en');
        assert.deepEqual(heard, ['en']);
    });

    test('ignores a language without a dictionary', () => {
        setLanguage('sv');
        assert.equal(language(), 'nb');
    });
});

describe('formatNumber', () => {
    test('uses the language\'s separators', () => {
        assert.equal(formatNumber(1234.5), `1${NBSP}234,5`);
        setLanguage('en');
        assert.equal(formatNumber(1234.5), '1,234.5');
    });

    test('passes number format options on', () => {
        setLanguage('en');
        assert.equal(formatNumber(0.5, { minimumFractionDigits: 2 }), '0.50');
    });

    test('reads numeric strings and leaves null and undefined empty', () => {
        assert.equal(formatNumber('42'), '42');
        assert.equal(formatNumber(null), '');
        assert.equal(formatNumber(undefined), '');
    });
});

describe('formatTime', () => {
    const instant = '2031-03-16T08:00:00Z';

    test('formats a time for the language', () => {
        const expected = locale => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
            .format(new Date(instant));
        assert.equal(formatTime(instant), expected('nb-NO'));
        setLanguage('en');
        assert.equal(formatTime(instant), expected('en-GB'));
        assert.notEqual(expected('nb-NO'), expected('en-GB'));
    });

    test('shows no time as the none mark', () => {
        assert.equal(formatTime(null), '—');
    });
});
