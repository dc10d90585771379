import { accept, current, signOut, TokenError } from './session.js';

/*
 * Sign-in at the OpenID Connect provider from the browser: Authorization Code with PKCE, as a public client. The
 * access token stays in this tab's sessionStorage, as a pasted dev token does, and is sent as a bearer token like
 * any client app's; the refresh token renews it shortly before it expires. Signing out ends the provider's session.
 */
const FLOW_KEY = 'newsroom.editor.signInFlow';
const REFRESH_KEY = 'newsroom.editor.refreshToken';
const ID_TOKEN_KEY = 'newsroom.editor.idToken';
const RENEW_BEFORE_MS = 30_000;

let settings = { tokenPaste: true, provider: null };
let renewal = null;
let leaving = false;

/** How this gateway signs editors in: {tokenPaste, provider: {clientId, authorizationEndpoint, ...} | null}. */
export async function loadSettings() {
    const response = await fetch('/editor/sign-in.json', { cache: 'no-store' });
    if (response.ok) {
        settings = await response.json();
    }
    return settings;
}

export const providerSignIn = () => Boolean(settings.provider);

/** Leaves for the provider's sign-in page; next is the hash to come back to. */
export async function beginSignIn(next) {
    // Several calls can fail with 401 at once; the first one decides where to come back to.
    if (leaving) {
        return;
    }
    leaving = true;
    const verifier = randomString();
    const state = randomString();
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    sessionStorage.setItem(FLOW_KEY, JSON.stringify({ verifier, state, next }));
    const url = new URL(settings.provider.authorizationEndpoint);
    url.search = new URLSearchParams({
        response_type: 'code', client_id: settings.provider.clientId, redirect_uri: redirectUri(), scope: 'openid',
        state, code_challenge: challenge, code_challenge_method: 'S256'
    }).toString();
    window.location.assign(url.toString());
}

/**
 * When the provider sent the browser back with a code, exchanges it for tokens. Resolves to the hash the editor
 * was on, or null when this page load is not a return from the provider; rejects with a TokenError.
 */
export async function completeSignIn() {
    const params = new URLSearchParams(window.location.search);
    if (!params.has('code') && !params.has('error')) {
        return null;
    }
    const flow = JSON.parse(sessionStorage.getItem(FLOW_KEY) ?? 'null');
    sessionStorage.removeItem(FLOW_KEY);
    window.history.replaceState(null, '', `/editor/${flow?.next ?? ''}`);
    if (params.has('error') || !flow || params.get('state') !== flow.state) {
        throw new TokenError('signin.failed', {
            reason: params.get('error_description') ?? params.get('error') ?? 'unexpected state'
        });
    }
    keep(await tokenRequest({
        grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
        code_verifier: flow.verifier
    }));
    return flow.next || '#/queue';
}

/** Renews the access token shortly before it expires, for as long as the provider's session lasts. */
export function scheduleRenewal() {
    clearTimeout(renewal);
    const identity = current();
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    if (!identity?.expiresAt || !refreshToken) {
        return;
    }
    const delay = Math.max(0, identity.expiresAt.getTime() - Date.now() - RENEW_BEFORE_MS);
    renewal = setTimeout(async () => {
        try {
            keep(await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }));
        } catch {
            // The provider's session has ended: the next API call answers 401, which leads through sign-in again.
        }
    }, delay);
}

/** Forgets the tokens and, with a provider, ends its session and comes back to the editor's start page. */
export function endSession() {
    const idToken = sessionStorage.getItem(ID_TOKEN_KEY);
    clearTimeout(renewal);
    sessionStorage.removeItem(REFRESH_KEY);
    sessionStorage.removeItem(ID_TOKEN_KEY);
    signOut();
    if (!settings.provider?.endSessionEndpoint) {
        return false;
    }
    const url = new URL(settings.provider.endSessionEndpoint);
    url.search = new URLSearchParams({
        client_id: settings.provider.clientId, post_logout_redirect_uri: redirectUri(),
        ...(idToken ? { id_token_hint: idToken } : {})
    }).toString();
    window.location.assign(url.toString());
    return true;
}

function keep(tokens) {
    accept(tokens.access_token);
    sessionStorage.setItem(REFRESH_KEY, tokens.refresh_token ?? '');
    if (tokens.id_token) {
        sessionStorage.setItem(ID_TOKEN_KEY, tokens.id_token);
    }
    scheduleRenewal();
}

async function tokenRequest(form) {
    const response = await fetch(settings.provider.tokenEndpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: settings.provider.clientId, ...form })
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
        throw new TokenError('signin.failed', { reason: body.error_description ?? body.error ?? response.status });
    }
    return body;
}

const redirectUri = () => `${window.location.origin}/editor/`;

function randomString() {
    return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function base64url(buffer) {
    return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, '-').replace(/\//g, '_')
        .replace(/=+$/, '');
}
