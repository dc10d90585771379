/*
 * The editor's addresses: the hash holds the route and its query (#/queue?status=IN_REVIEW, #/claims/<id>).
 * Plain functions of strings, so app.js owns the window and the views, and this module runs under Node's tests.
 */
const ROUTES = [
    { pattern: /^\/queue$/, view: 'queue', nav: 'queue' },
    { pattern: /^\/claims\/([0-9a-f-]{36})$/, view: 'claim', nav: 'queue' },
    { pattern: /^\/articles$/, view: 'articles', nav: 'articles' },
    { pattern: /^\/articles\/([^/]+)$/, view: 'article', nav: 'articles' }
];

export const HOME = '/queue';
export const SIGN_IN = '/signin';

/** The path and query of a location hash; an empty hash is the review queue. */
export function parseHash(hash) {
    const [path, search = ''] = String(hash ?? '').replace(/^#/, '').split('?');
    return { path: path || HOME, params: new URLSearchParams(search) };
}

/** The route a path shows, as {view, nav, id}, or null when no route has it. */
export function resolve(path) {
    for (const route of ROUTES) {
        const match = path.match(route.pattern);
        if (match) {
            return { view: route.view, nav: route.nav, id: match[1] ? decodeURIComponent(match[1]) : null };
        }
    }
    return null;
}

/** The hash for a path and its query parameters; empty parameters are left out. */
export function hashFor(path, params = {}) {
    const entries = Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== '');
    const search = new URLSearchParams(entries).toString();
    return search ? `#${path}?${search}` : `#${path}`;
}

/** Where to go after signing in: back to where the editor was, unless that was nowhere or the sign-in itself. */
export function afterSignIn(next) {
    return next && next !== '#' && !next.startsWith(`#${SIGN_IN}`) ? next : `#${HOME}`;
}
