import { whenUnauthorized } from './api.js';
import { h, replaceChildren } from './dom.js';
import { restoreDraft, saveDraft } from './drafts.js';
import { isLanguage, languages, language, onLanguageChange, setLanguage, t } from './i18n.js';
import { beginSignIn, completeSignIn, endSession, loadSettings, providerSignIn, scheduleRenewal } from './provider.js';
import { hashFor, HOME, parseHash, resolve, SIGN_IN } from './router.js';
import { current, signOut, TokenError } from './session.js';
import { renderArticle, renderArticles } from './views/article.js';
import { renderClaim } from './views/claim.js';
import { renderQueue } from './views/queue.js';
import { renderSignIn } from './views/signin.js';

const views = { queue: renderQueue, claim: renderClaim, articles: renderArticles, article: renderArticle };
const LANGUAGE_KEY = 'newsroom.editor.language';

let stopCurrentView = null;
let signInFailure = null;

function navigate(path, params) {
    window.location.hash = hashFor(path, params);
}

function render() {
    if (stopCurrentView) {
        stopCurrentView();
        stopCurrentView = null;
    }
    const main = document.getElementById('main');
    const { path, params } = parseHash(window.location.hash);
    const identity = current();
    document.title = t('app.title');
    if (path === SIGN_IN || !identity) {
        renderHeader(null, null);
        renderSignIn(main, {
            next: path === SIGN_IN ? params.get('next') : window.location.hash, failure: signInFailure
        });
        return;
    }
    const route = resolve(path);
    if (!route) {
        navigate(HOME);
        return;
    }
    renderHeader(identity, route.nav);
    stopCurrentView = views[route.view](main, { identity, id: route.id, params }) ?? null;
    restoreDraft(main, window.location.hash);
}

function renderHeader(identity, activeNav) {
    const header = document.getElementById('app-header');
    const navLink = (nav, label) => h('a', {
        href: hashFor(`/${nav}`), class: 'nav-link', 'aria-current': activeNav === nav ? 'page' : null, text: t(label)
    });
    const languageSelect = h('select', {
        id: 'language', onchange: event => setLanguage(event.target.value)
    }, languages.map(code => h('option', { value: code, selected: code === language() }, code === 'nb' ? 'Norsk' : 'English')));
    replaceChildren(header,
        h('a', { class: 'brand', href: hashFor(HOME) },
            h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '✓'),
            h('span', { class: 'brand-name', text: t('app.title') })),
        identity && h('nav', { 'aria-label': t('nav.label'), class: 'main-nav' },
            navLink('queue', 'nav.queue'), navLink('articles', 'nav.articles')),
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
                        navigate(SIGN_IN);
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
        navigate(SIGN_IN, { next });
    }
});

// The language chosen last, shared by every tab of this browser.
const chosenLanguage = localStorage.getItem(LANGUAGE_KEY);
if (isLanguage(chosenLanguage)) {
    setLanguage(chosenLanguage);
}
document.documentElement.lang = language();
onLanguageChange(code => {
    localStorage.setItem(LANGUAGE_KEY, code);
    document.documentElement.lang = code;
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
