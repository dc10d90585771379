const STORAGE_KEY = 'newsroom.editor.token';
const STAFF_ROLES = ['editor', 'verifier', 'admin'];

export class TokenError extends Error {
    constructor(code, values = {}) {
        super(code);
        this.code = code;
        this.values = values;
    }
}

/** Reads a JWT's payload; the signature is the API's business, the UI only needs who and which roles. */
export function decode(token) {
    const parts = token.trim().split('.');
    if (parts.length !== 3) {
        throw new TokenError('signin.invalid', { reason: 'expected three dot-separated parts' });
    }
    let payload;
    try {
        const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
        const bytes = Uint8Array.from(atob(base64), character => character.charCodeAt(0));
        payload = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
        throw new TokenError('signin.invalid', { reason: error.message });
    }
    // Dev tokens carry the roles in groups, Keycloak's in realm_access.roles.
    const roles = Array.isArray(payload.groups) ? payload.groups
        : Array.isArray(payload.realm_access?.roles) ? payload.realm_access.roles : [];
    return {
        token: token.trim(),
        user: payload.upn ?? payload.preferred_username ?? payload.sub ?? '?',
        subject: payload.sub ?? null,
        roles,
        expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null
    };
}

/**
 * Decodes and checks a token (pasted, or from the provider) and keeps it for this tab; throws a TokenError naming
 * the dictionary key of the problem.
 */
export function accept(token) {
    const identity = decode(token);
    if (identity.expiresAt && identity.expiresAt.getTime() <= Date.now()) {
        throw new TokenError('signin.expired', { time: identity.expiresAt.toISOString() });
    }
    if (!identity.roles.some(role => STAFF_ROLES.includes(role))) {
        throw new TokenError('signin.noRoles');
    }
    sessionStorage.setItem(STORAGE_KEY, identity.token);
    return identity;
}

export function signOut() {
    sessionStorage.removeItem(STORAGE_KEY);
}

/** The signed-in identity, or null when nobody is signed in or the token has expired. */
export function current() {
    const token = sessionStorage.getItem(STORAGE_KEY);
    if (!token) {
        return null;
    }
    try {
        const identity = decode(token);
        if (identity.expiresAt && identity.expiresAt.getTime() <= Date.now()) {
            signOut();
            return null;
        }
        return identity;
    } catch {
        signOut();
        return null;
    }
}

const has = (identity, role) => Boolean(identity) && (identity.roles.includes(role) || identity.roles.includes('admin'));

export const canVerify = identity => has(identity, 'verifier');
export const canEdit = identity => has(identity, 'editor');
