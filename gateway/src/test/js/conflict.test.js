import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { setLanguage } from '../../main/resources/META-INF/resources/editor/js/i18n.js';
import { changedFields, describeValue } from '../../main/resources/META-INF/resources/editor/js/views/conflict.js';

const SHOWN = {
    status: 'IN_REVIEW', assignee: null, recheckBy: null, quantities: [{ value: 4, unit: 'fly' }], version: 3
};

afterEach(() => setLanguage('nb'));

describe('changedFields', () => {
    test('names the compared fields that differ, in the order they are shown', () => {
        const current = { ...SHOWN, recheckBy: '2031-03-16T08:00:00Z', status: 'CONFIRMED', version: 5 };
        assert.deepEqual(changedFields(SHOWN, current), ['status', 'recheckBy']);
    });

    test('compares lists and objects by value and takes a missing field as null', () => {
        const current = { ...SHOWN, quantities: [{ value: 4, unit: 'fly' }] };
        delete current.assignee;
        assert.deepEqual(changedFields(SHOWN, current), []);
        assert.deepEqual(changedFields(SHOWN, { ...SHOWN, quantities: [{ value: 5, unit: 'fly' }] }), ['quantities']);
    });
});

describe('describeValue', () => {
    test('names statuses and yes or no in the editor\'s language', () => {
        setLanguage('en');
        assert.equal(describeValue('status', 'PARTLY_CONFIRMED'), 'Partly confirmed');
        assert.equal(describeValue('anchorLost', true), 'Yes');
        assert.equal(describeValue('assignee', null), '—');
    });

    test('shows a time also in ISO form, so that close times can be told apart', () => {
        assert.match(describeValue('recheckBy', '2031-03-16T08:00:00Z'), / \(2031-03-16T08:00:00Z\)$/);
    });
});
