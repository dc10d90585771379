import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { beginSignIn, providerSignIn } from '../provider.js';
import { afterSignIn } from '../router.js';
import { accept, TokenError } from '../session.js';
import { field, heading } from './common.js';

/** The provider's sign-in (provider mode) or the dev token form (dev-key mode); failure: a failed return. */
export function renderSignIn(main, { next, failure }) {
    if (providerSignIn()) {
        renderProviderSignIn(main, next, failure);
        return;
    }
    const token = h('textarea', {
        id: 'token', name: 'token', rows: '6', required: true, spellcheck: 'false', autocomplete: 'off',
        'aria-describedby': 'token-hint'
    });
    const problem = h('div', { id: 'signin-problem', role: 'alert', class: 'form-problem' });
    const form = h('form', {
        class: 'card signin-form', 'aria-labelledby': 'signin-title',
        onsubmit: event => {
            event.preventDefault();
            try {
                accept(token.value);
                const target = afterSignIn(next);
                if (window.location.hash === target) {
                    window.dispatchEvent(new HashChangeEvent('hashchange'));
                } else {
                    window.location.hash = target;
                }
            } catch (error) {
                if (!(error instanceof TokenError)) {
                    throw error;
                }
                replaceChildren(problem, h('p', { class: 'notice notice-error', text: t(error.code, error.values) }));
                token.setAttribute('aria-invalid', 'true');
                token.focus();
            }
        }
    },
    heading(t('signin.title'), { id: 'signin-title' }),
    h('p', {}, t('signin.intro'), ' ', h('code', { text: './suite token kari verifier' })),
    field(t('signin.token'), token, { hint: t('signin.keptFor') }),
    problem,
    h('button', { type: 'submit', class: 'button button-primary', id: 'sign-in' }, t('signin.submit')));
    replaceChildren(main, h('div', { class: 'signin' }, form));
}

function renderProviderSignIn(main, next, failure) {
    const target = afterSignIn(next);
    replaceChildren(main, h('div', { class: 'signin' }, h('div', { class: 'card signin-form' },
        heading(t('signin.title'), { id: 'signin-title' }),
        h('p', { text: t('signin.providerIntro') }),
        failure && h('p', { class: 'notice notice-error', role: 'alert', text: t(failure.code, failure.values) }),
        h('button', {
            type: 'button', class: 'button button-primary', id: 'sign-in-provider',
            onclick: () => beginSignIn(target)
        }, t('signin.submit')))));
}
