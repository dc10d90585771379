import { authorization, query } from './api.js';

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 15000;

/**
 * Follows the gateway's Server-Sent Events. EventSource cannot send the Authorization header, and without it staff
 * would only get public events, so the stream is read with fetch(); it resumes with Last-Event-ID after a break.
 * Returns a function that stops following.
 */
export function follow({ types, onEvent, onState }) {
    const controller = new AbortController();
    let lastEventId = null;
    let retryMs = FIRST_RETRY_MS;
    let stopped = false;

    async function run() {
        while (!stopped) {
            onState('connecting');
            try {
                const headers = { Accept: 'text/event-stream', ...authorization() };
                if (lastEventId) {
                    headers['Last-Event-ID'] = lastEventId;
                }
                const response = await fetch(`/api/v1/events${query({ types })}`, {
                    headers, cache: 'no-store', signal: controller.signal
                });
                if (!response.ok || !response.body) {
                    throw new Error(`event stream answered ${response.status}`);
                }
                onState('live');
                retryMs = FIRST_RETRY_MS;
                await readEvents(response.body, event => {
                    if (event.id) {
                        lastEventId = event.id;
                    }
                    onEvent(event);
                });
            } catch (error) {
                if (stopped) {
                    return;
                }
                console.warn('Live updates interrupted', error);
            }
            if (stopped) {
                return;
            }
            onState('offline');
            await new Promise(resolve => window.setTimeout(resolve, retryMs));
            retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        }
    }

    run();
    return () => {
        stopped = true;
        controller.abort();
    };
}

/** Parses the text/event-stream format (HTML Living Standard, "Parsing an event stream"). */
async function readEvents(body, dispatch) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = emptyEvent();
    for (;;) {
        const { value, done } = await reader.read();
        if (done) {
            return;
        }
        buffer += value;
        const lines = buffer.split(/\r\n|\r|\n/);
        buffer = lines.pop();
        for (const line of lines) {
            if (line === '') {
                if (event.data.length > 0) {
                    dispatch(finish(event));
                }
                event = emptyEvent();
            } else if (!line.startsWith(':')) {
                const colon = line.indexOf(':');
                const field = colon < 0 ? line : line.slice(0, colon);
                const fieldValue = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
                if (field === 'data') {
                    event.data.push(fieldValue);
                } else if (field === 'event') {
                    event.type = fieldValue;
                } else if (field === 'id') {
                    event.id = fieldValue;
                }
            }
        }
    }
}

function emptyEvent() {
    return { id: null, type: 'message', data: [] };
}

function finish(event) {
    const text = event.data.join('\n');
    let data;
    try {
        data = JSON.parse(text);
    } catch {
        data = text;
    }
    return { id: event.id, type: event.type, data };
}
