import { current } from './session.js';

const BASE = '/api/v1';
let onUnauthorized = () => {};

/** A non-2xx answer; problem is the RFC 9457 body when the API sent one. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
        this.status = status;
        this.problem = problem;
    }

    /** The detail plus each field error, for showing under a form. */
    get messages() {
        const fieldErrors = (this.problem?.errors ?? []).map(error => `${error.field}: ${error.message}`);
        return [this.message, ...fieldErrors];
    }
}

export function whenUnauthorized(handler) {
    onUnauthorized = handler;
}

export function authorization() {
    const identity = current();
    return identity ? { Authorization: `Bearer ${identity.token}` } : {};
}

/**
 * Calls the public API. Resolves to {status, etag, data} for 2xx answers and rejects with an ApiError otherwise.
 * Nothing is cached by the browser: the ETag handed to If-Match must be the one of the version shown.
 */
export async function request(path, { method = 'GET', body, ifMatch, contentType = 'application/json', signal } = {}) {
    const headers = { Accept: 'application/json', ...authorization() };
    if (body !== undefined) {
        headers['Content-Type'] = contentType;
    }
    if (ifMatch) {
        headers['If-Match'] = ifMatch;
    }
    const response = await fetch(BASE + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        signal
    });
    const data = await readBody(response);
    if (response.status === 401) {
        onUnauthorized();
    }
    if (!response.ok) {
        throw new ApiError(response.status, data && typeof data === 'object' ? data : null);
    }
    return { status: response.status, etag: response.headers.get('ETag'), data };
}

async function readBody(response) {
    const text = await response.text();
    if (!text) {
        return null;
    }
    const type = response.headers.get('Content-Type') ?? '';
    return type.includes('json') ? JSON.parse(text) : text;
}

/** A list's items, or the ApiError that kept it from loading, so one failing section does not hide a page. */
export function itemsOrError(answer) {
    return answer.then(result => result.data.items, error => {
        if (!(error instanceof ApiError)) {
            throw error;
        }
        return error;
    });
}

export function query(parameters) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) {
        if (value !== undefined && value !== null && value !== '' && value !== false) {
            search.set(name, String(value));
        }
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}

export const MERGE_PATCH = 'application/merge-patch+json';
