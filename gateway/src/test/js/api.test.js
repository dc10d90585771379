import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import {
    ApiError, itemsOrError, MERGE_PATCH, query, request, whenUnauthorized
} from '../../main/resources/META-INF/resources/editor/js/api.js';

const PROBLEM = 'application/problem+json';

/** A signed dev token's shape; the editor reads only the payload. */
function token(payload) {
    const part = value => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'RS256' })}.${part(payload)}.signature`;
}

/** sessionStorage as the browser has it, for the signed-in identity. */
function storage() {
    const items = new Map();
    return {
        getItem: key => items.get(key) ?? null,
        setItem: (key, value) => items.set(key, String(value)),
        removeItem: key => items.delete(key)
    };
}

let calls;

/** Answers every fetch with answer (status, body, headers) and records what was asked. */
function answering({ status = 200, body = null, headers = {} }) {
    globalThis.fetch = async (url, init) => {
        calls.push({ url, init });
        const text = body === null || typeof body === 'string' ? body : JSON.stringify(body);
        return new Response(text, { status, headers });
    };
}

beforeEach(() => {
    calls = [];
    globalThis.sessionStorage = storage();
    whenUnauthorized(() => {});
});

afterEach(() => {
    delete globalThis.fetch;
    delete globalThis.sessionStorage;
});

describe('request', () => {
    test('resolves to the status, the ETag and the JSON body of a 2xx answer', async () => {
        answering({ body: { id: 'c1' }, headers: { 'Content-Type': 'application/json', ETag: '"3"' } });

        const answer = await request('/claims/c1');

        assert.deepEqual(answer, { status: 200, etag: '"3"', data: { id: 'c1' } });
        assert.equal(calls[0].url, '/api/v1/claims/c1');
        assert.equal(calls[0].init.method, 'GET');
        assert.equal(calls[0].init.cache, 'no-store');
    });

    test('sends the body as JSON of the given type, with If-Match and the signed-in editor\'s token', async () => {
        const bearer = token({ upn: 'kari', groups: ['verifier'], exp: Math.floor(Date.now() / 1000) + 600 });
        sessionStorage.setItem('newsroom.editor.token', bearer);
        answering({ body: { assignee: 'kari' }, headers: { 'Content-Type': 'application/json' } });

        await request('/claims/c1', {
            method: 'PATCH', contentType: MERGE_PATCH, ifMatch: '"3"', body: { assignee: 'kari' }
        });

        const { headers, body } = calls[0].init;
        assert.equal(headers['Content-Type'], MERGE_PATCH);
        assert.equal(headers['If-Match'], '"3"');
        assert.equal(headers.Authorization, `Bearer ${bearer}`);
        assert.equal(body, '{"assignee":"kari"}');
    });

    test('sends no Authorization and no Content-Type when nobody is signed in and there is no body', async () => {
        answering({ status: 204 });

        const answer = await request('/claims/c1/approval', { method: 'POST' });

        assert.equal(answer.data, null);
        assert.equal('Authorization' in calls[0].init.headers, false);
        assert.equal('Content-Type' in calls[0].init.headers, false);
    });

    test('rejects a problem answer with an ApiError carrying the problem', async () => {
        const problem = { title: 'Precondition Failed', status: 412, detail: 'The claim changed since version 3.' };
        answering({ status: 412, body: problem, headers: { 'Content-Type': PROBLEM } });

        const error = await request('/claims/c1', { method: 'PATCH', ifMatch: '"3"', body: {} })
            .catch(failure => failure);

        assert.ok(error instanceof ApiError);
        assert.equal(error.status, 412);
        assert.deepEqual(error.problem, problem);
        assert.equal(error.message, 'The claim changed since version 3.');
    });

    test('rejects an answer without a problem body with the status alone', async () => {
        answering({ status: 502, body: '<html>Bad Gateway</html>', headers: { 'Content-Type': 'text/html' } });

        const error = await request('/claims').catch(failure => failure);

        assert.ok(error instanceof ApiError);
        assert.equal(error.problem, null);
        assert.equal(error.message, 'HTTP 502');
    });

    test('tells the unauthorized handler about a 401 before rejecting', async () => {
        let told = 0;
        whenUnauthorized(() => { told += 1; });
        answering({ status: 401, body: { title: 'Unauthorized', status: 401 }, headers: { 'Content-Type': PROBLEM } });

        await assert.rejects(request('/claims'), error => error.status === 401 && error.message === 'Unauthorized');
        assert.equal(told, 1);
    });
});

describe('ApiError', () => {
    test('lists the detail and each field error for the form', () => {
        const error = new ApiError(400, {
            title: 'Bad Request', detail: 'The evidence is invalid.',
            errors: [{ field: 'description', message: 'must not be blank' }, { field: 'url', message: 'not a URL' }]
        });

        assert.deepEqual(error.messages,
            ['The evidence is invalid.', 'description: must not be blank', 'url: not a URL']);
    });

    test('falls back to the title when the problem has no detail', () => {
        assert.deepEqual(new ApiError(409, { title: 'Conflict' }).messages, ['Conflict']);
    });
});

describe('itemsOrError', () => {
    test('resolves to a list\'s items', async () => {
        assert.deepEqual(await itemsOrError(Promise.resolve({ data: { items: [1, 2] } })), [1, 2]);
    });

    test('resolves to the ApiError that kept the list from loading', async () => {
        const failure = new ApiError(503, { title: 'Service Unavailable' });
        assert.equal(await itemsOrError(Promise.reject(failure)), failure);
    });

    test('lets any other error through, since it is a bug and not an answer', async () => {
        await assert.rejects(itemsOrError(Promise.reject(new TypeError('items of undefined'))), TypeError);
    });
});

describe('query', () => {
    test('leaves out parameters without a value', () => {
        assert.equal(query({ status: 'FALSE', assignee: '', cursor: null, limit: 25, recheckDue: false, q: undefined }),
            '?status=FALSE&limit=25');
        assert.equal(query({ assignee: '' }), '');
    });
});
