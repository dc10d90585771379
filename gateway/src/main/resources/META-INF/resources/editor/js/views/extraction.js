import { ApiError, request } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { describeQuantity } from '../quantities.js';
import { errorBox } from './common.js';

/**
 * Asks the extractor for claim candidates in the article's text and shows them in container; nothing is stored
 * until the editor saves them, after which onSaved runs. button starts the extraction and gets focus back on close.
 */
export async function extractClaims(article, { container, button, onSaved }) {
    button.disabled = true;
    replaceChildren(container, h('p', { class: 'loading', role: 'status', text: t('article.extracting') }));
    const text = (article.blocks ?? []).map(block => block.text).filter(Boolean).join('\n\n');
    try {
        const answer = await request('/extractions', { method: 'POST', body: { text, language: article.language } });
        showCandidates(article, answer.data.candidates ?? [], { container, button, onSaved });
    } catch (error) {
        if (!(error instanceof ApiError)) {
            throw error;
        }
        replaceChildren(container, errorBox(error, () => extractClaims(article, { container, button, onSaved })));
    } finally {
        button.disabled = false;
    }
}

function showCandidates(article, candidates, { container, button, onSaved }) {
    const problem = h('div', { role: 'alert', class: 'form-problem' });
    const close = () => {
        replaceChildren(container);
        button.focus();
    };
    const save = async event => {
        event.currentTarget.disabled = true;
        try {
            const answer = await request(`/articles/${article.id}/claims:extract`, { method: 'POST' });
            const count = answer.data?.total ?? answer.data?.items?.length;
            replaceChildren(container, h('p', {
                class: 'notice notice-success', role: 'status',
                text: count === undefined ? t('article.saved') : t('article.savedCount', { count })
            }));
            onSaved();
        } catch (error) {
            if (!(error instanceof ApiError)) {
                throw error;
            }
            replaceChildren(problem, errorBox(error));
        }
    };
    const panel = h('section', {
        class: 'card candidates', id: 'candidates', tabindex: '-1', 'aria-labelledby': 'candidates-title'
    },
    h('h2', { id: 'candidates-title', class: 'section-title', text: t('article.candidates') }),
    candidates.length === 0
        ? h('p', { class: 'muted', text: t('article.noCandidates') })
        : [h('p', { class: 'hint', text: t('article.candidateIntro') }),
            h('ol', { class: 'candidate-list' }, candidates.map(candidateEntry))],
    problem,
    h('div', { class: 'button-row' },
        candidates.length > 0 && h('button', {
            type: 'button', class: 'button button-primary', id: 'save-candidates', onclick: save
        }, t('article.saveCandidates')),
        h('button', { type: 'button', class: 'button button-quiet', onclick: close }, t('article.closeCandidates'))));
    panel.addEventListener('keydown', event => {
        if (event.key === 'Escape') {
            close();
        }
    });
    replaceChildren(container, panel);
    panel.focus();
}

function candidateEntry(candidate) {
    const score = formatNumber(candidate.checkworthiness ?? 0, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return h('li', { class: 'candidate' },
        h('p', { class: 'candidate-sentence', text: candidate.sentence }),
        h('p', { class: 'muted small' }, [
            candidate.claimant && `${t('claim.claimant')}: ${candidate.claimant}`,
            candidate.source && `${t('claim.source')}: ${candidate.source}`,
            t('article.checkworthiness', { score }),
            candidate.unconfirmed && t('article.unconfirmed')
        ].filter(Boolean).join(' · ')),
        (candidate.quantities ?? []).length > 0 && h('ul', { class: 'quantities' },
            candidate.quantities.map(quantity => h('li', { class: 'quantity', text: describeQuantity(quantity) }))));
}
