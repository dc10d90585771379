import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { setLanguage } from '../../main/resources/META-INF/resources/editor/js/i18n.js';
import { describeQuantity } from '../../main/resources/META-INF/resources/editor/js/quantities.js';

const NBSP = '\u00a0';

afterEach(() => setLanguage('nb'));

describe('describeQuantity', () => {
    test('says the qualifier, the number for the language and the unit', () => {
        const soldiers = { value: 1200, qualifier: 'APPROXIMATE', unit: 'soldater' };
        assert.equal(describeQuantity(soldiers), `rundt 1${NBSP}200 soldater`);
        setLanguage('en');
        assert.equal(describeQuantity({ ...soldiers, unit: 'soldiers' }), 'about 1,200 soldiers');
    });

    test('takes a quantity without a qualifier as exact', () => {
        assert.equal(describeQuantity({ value: 4, unit: 'fly' }), 'nøyaktig 4 fly');
    });

    test('gives a range both ends, an unknown end as a question mark', () => {
        setLanguage('en');
        assert.equal(describeQuantity({ low: 3, high: 5, qualifier: 'RANGE', unit: 'drones' }), 'between 3–5 drones');
        assert.equal(describeQuantity({ low: 3, qualifier: 'RANGE', unit: 'drones' }), 'between 3–? drones');
    });

    test('uses the bound a one-sided figure has', () => {
        setLanguage('en');
        assert.equal(describeQuantity({ low: 10, qualifier: 'AT_LEAST', unit: 'drones' }), 'at least 10 drones');
    });
});
