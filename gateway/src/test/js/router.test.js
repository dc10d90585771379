import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { afterSignIn, hashFor, parseHash, resolve } from '../../main/resources/META-INF/resources/editor/js/router.js';

const CLAIM_ID = '0b8f5c2e-6d1a-4f3b-9c7e-2a4d6e8f0a1b';

describe('parseHash', () => {
    test('reads the path and the query', () => {
        const { path, params } = parseHash('#/queue?status=IN_REVIEW&recheckDue=true');
        assert.equal(path, '/queue');
        assert.equal(params.get('status'), 'IN_REVIEW');
        assert.equal(params.get('recheckDue'), 'true');
    });

    test('takes an empty hash for the review queue', () => {
        for (const hash of ['', '#', undefined]) {
            const { path, params } = parseHash(hash);
            assert.equal(path, '/queue');
            assert.equal([...params].length, 0);
        }
    });
});

describe('resolve', () => {
    test('finds the view and the highlighted navigation entry of each route', () => {
        assert.deepEqual(resolve('/queue'), { view: 'queue', nav: 'queue', id: null });
        assert.deepEqual(resolve(`/claims/${CLAIM_ID}`), { view: 'claim', nav: 'queue', id: CLAIM_ID });
        assert.deepEqual(resolve('/articles'), { view: 'articles', nav: 'articles', id: null });
    });

    test('decodes an article slug', () => {
        assert.deepEqual(resolve('/articles/kyiv-%C3%B8st'), { view: 'article', nav: 'articles', id: 'kyiv-øst' });
    });

    test('finds nothing for an unknown path or a claim id that is not a UUID', () => {
        assert.equal(resolve('/settings'), null);
        assert.equal(resolve('/claims/42'), null);
        assert.equal(resolve(`/claims/${CLAIM_ID}/history`), null);
    });
});

describe('hashFor', () => {
    test('writes the path with the parameters that have a value', () => {
        assert.equal(hashFor('/queue', { status: 'FALSE', assignee: '', articleId: null, language: undefined }),
            '#/queue?status=FALSE');
        assert.equal(hashFor('/queue'), '#/queue');
    });

    test('encodes values so they survive parseHash', () => {
        const hash = hashFor('/signin', { next: '#/queue?status=IN_REVIEW' });
        assert.equal(parseHash(hash).params.get('next'), '#/queue?status=IN_REVIEW');
    });
});

describe('afterSignIn', () => {
    test('returns to where the editor was', () => {
        assert.equal(afterSignIn(`#/claims/${CLAIM_ID}`), `#/claims/${CLAIM_ID}`);
    });

    test('goes to the review queue instead of nowhere or the sign-in itself', () => {
        for (const next of [null, '', '#', '#/signin', '#/signin?next=%23%2Fqueue']) {
            assert.equal(afterSignIn(next), '#/queue', String(next));
        }
    });
});
