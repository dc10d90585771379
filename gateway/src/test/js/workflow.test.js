import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
    isVerdict, requirementOf, statusClass, STATUSES, VERDICTS
} from '../../main/resources/META-INF/resources/editor/js/workflow.js';

describe('requirementOf', () => {
    test('asks for nothing besides If-Match when a claim is taken into review or back', () => {
        assert.equal(requirementOf({ status: 'UNVERIFIED' }, 'IN_REVIEW'), null);
        assert.equal(requirementOf({ status: 'IN_REVIEW' }, 'UNVERIFIED'), null);
    });

    test('asks for a rationale for every verdict', () => {
        for (const verdict of VERDICTS) {
            assert.equal(requirementOf({ status: 'IN_REVIEW' }, verdict), 'rationale', verdict);
        }
    });

    test('asks for a reason when a verdict is reopened', () => {
        assert.equal(requirementOf({ status: 'CONFIRMED' }, 'IN_REVIEW'), 'reason');
        assert.equal(requirementOf({ status: 'FALSE' }, 'UNVERIFIED'), 'reason');
    });
});

describe('isVerdict', () => {
    test('tells verdicts from the open statuses', () => {
        assert.deepEqual(STATUSES.filter(isVerdict), VERDICTS);
        assert.equal(isVerdict('IN_REVIEW'), false);
    });
});

describe('statusClass', () => {
    test('turns a status into its CSS class', () => {
        assert.equal(statusClass('PARTLY_CONFIRMED'), 'status-partly-confirmed');
        assert.equal(statusClass('FALSE'), 'status-false');
    });
});
