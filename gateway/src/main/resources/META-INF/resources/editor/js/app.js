import { whenUnauthorized } from './api.js';
import { h, replaceChildren } from './dom.js';
import { restoreDraft, saveDraft } from './drafts.js';
import { languages, language, onLanguageChange, setLanguage, t } from './i18n.js';
import { beginSignIn, completeSignIn, endSession, loadSettings, providerSignIn, scheduleRenewal } from './provider.js';
import { current, signOut, TokenError } from './session.js';
import { renderArticle, renderArticles } from './views/article.js';
import { renderClaim } from './views/claim.js';
import { renderQueue } from './views/queue.js';
import { renderSignIn } from './views/signin.js';

const routes = [
    { pattern: /^\/queue$/, view: renderQueue, nav: 'queue' },
    { pattern: /^\/claims\/([0-9a-f-]{36})$/, view: renderClaim, nav: 'queue' },
    { pattern: /^\/articles$/, view: renderArticles, nav: 'articles' },
    { pattern: /^\/articles\/([^/]+)$/, view: renderArticle, nav: 'articles' }
];

let stopCurrentView = null;
let signInFailure = null;

/** The hash holds the route and its query: #/queue?status=IN_REVIEW, #/claims/<id>. */
function location() {
    const [path, search = ''] = window.location.hash.replace(/^#/, '').split('?');
    return { path: path || '/queue', params: new URLSearchParams(search) };
}

export function navigate(path, params) {
    const search = params ? new URLSearchParams(params).toString() : '';
    window.location.hash = search ? `${path}?${search}` : path;
}

function render() {
    if (stopCurrentView) {
        stopCurrentView();
        stopCurrentView = null;
    }
    const main = document.getElementById('main');
    const { path, params } = location();
    const identity = current();
    document.title = t('app.title');
    if (path === '/signin' || !identity) {
        renderHeader(null, null);
        renderSignIn(main, {
            next: path === '/signin' ? params.get('next') : window.location.hash, failure: signInFailure
        });
        return;
    }
    const route = routes.find(candidate => candidate.pattern.test(path));
    if (!route) {
        navigate('/queue');
        return;
    }
    renderHeader(identity, route.nav);
    const match = path.match(route.pattern);
    stopCurrentView = route.view(main, { identity, id: match[1] ? decodeURIComponent(match[1]) : null, params })
        ?? null;
    restoreDraft(main, window.location.hash);
}

function renderHeader(identity, activeNav) {
    const header = document.getElementById('app-header');
    const navLink = (key, href) => h('a', {
        href, class: 'nav-link', 'aria-current': activeNav === key ? 'page' : null, text: t(`nav.${key}`)
    });
    const languageSelect = h('select', {
        id: 'language', onchange: event => setLanguage(event.target.value)
    }, languages.map(code => h('option', { value: code, selected: code === language() }, code === 'nb' ? 'Norsk' : 'English')));
    replaceChildren(header,
        h('a', { class: 'brand', href: '#/queue' },
            h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '✓'),
            h('span', { class: 'brand-name', text: t('app.title') })),
        identity && h('nav', { 'aria-label': t('nav.label'), class: 'main-nav' },
            navLink('queue', '#/queue'), navLink('articles', '#/articles')),
        h('div', { class: 'session' },
            h('label', { for: 'language', class: 'visually-hidden', text: t('language.label') }),
            languageSelect,
            identity && h('span', { class: 'identity', id: 'identity' },
                h('span', { class: 'identity-user', text: t('session.signedInAs', { user: identity.user }) }),
                h('span', { class: 'identity-roles', text: t('session.roles', { roles: identity.roles.join(', ') }) })),
            identity && h('button', {
                type: 'button', class: 'button button-quiet', id: 'sign-out',
                onclick: () => {
                    if (!endSession()) {
                        navigate('/signin');
                    }
                }
            }, t('session.signOut'))));
    document.querySelector('.skip-link').textContent = t('app.skip');
}

// An expired or ended session: keep what was typed, sign in again, come back to the same view.
whenUnauthorized(() => {
    const next = window.location.hash;
    saveDraft(document.getElementById('main'), next);
    signOut();
    if (providerSignIn()) {
        beginSignIn(next);
    } else {
        navigate('/signin', { next });
    }
});

await loadSettings();
try {
    const next = await completeSignIn();
    if (next) {
        window.location.hash = next;
    }
} catch (error) {
    if (!(error instanceof TokenError)) {
        throw error;
    }
    signInFailure = error;
}
scheduleRenewal();
onLanguageChange(render);
window.addEventListener('hashchange', render);
render();
