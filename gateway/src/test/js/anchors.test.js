import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locate } from '../../main/resources/META-INF/resources/editor/js/anchors.js';

const TEXT = 'Forsvaret opplyser at fire fly ble skutt ned i natt.';

describe('locate', () => {
    test('keeps the anchor\'s offsets while the quote is still there', () => {
        assert.deepEqual(locate(TEXT, { start: 22, end: 30, quote: 'fire fly' }), { start: 22, end: 30 });
    });

    test('finds the quote again after the text before it was edited', () => {
        const edited = `I går: ${TEXT}`;
        assert.deepEqual(locate(edited, { start: 22, end: 30, quote: 'fire fly' }), { start: 29, end: 37 });
    });

    test('reports a passage that is gone, or no anchor, as -1', () => {
        assert.deepEqual(locate(TEXT, { start: 22, end: 30, quote: 'fem fly' }), { start: -1, end: -1 });
        assert.deepEqual(locate(TEXT, null), { start: -1, end: -1 });
    });
});
