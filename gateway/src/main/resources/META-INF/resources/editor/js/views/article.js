import { ApiError, request } from '../api.js';
import { announce, h, replaceChildren } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { follow } from '../live.js';
import { canEdit } from '../session.js';
import { STATUSES, statusClass } from '../workflow.js';
import { describeQuantity, errorBox, heading, loading, statusBadge } from './common.js';

const STATUS_EVENTS = ['claim.statusChanged', 'claim.approved'];
const RELOAD_EVENTS = ['claim.created', 'claim.updated', 'claim.anchorChanged', 'claim.withdrawn'];
const RELOAD_DELAY_MS = 300;

export function renderArticles(main) {
    replaceChildren(main, h('div', { class: 'page-header' }, heading(t('articles.title'))), loading());
    request('/articles?limit=100&sort=updatedAt').then(answer => {
        const rows = answer.data.items.map(article => h('tr', {},
            h('td', {}, h('a', { href: `#/articles/${article.id}`, text: article.title })),
            h('td', { text: article.status }),
            h('td', { text: article.language }),
            h('td', { text: formatTime(article.updatedAt) })));
        main.lastChild.replaceWith(rows.length === 0
            ? h('p', { class: 'empty', text: t('articles.empty') })
            : h('table', { class: 'claims-table' },
                h('thead', {}, h('tr', {}, ['article.title', 'articles.status', 'articles.language', 'articles.updated']
                    .map(key => h('th', { scope: 'col', text: t(key) })))),
                h('tbody', {}, rows)));
    }).catch(error => main.lastChild.replaceWith(errorBox(error, () => renderArticles(main))));
}

/** The article as readers get it, each claim marked in the colour of its public status, kept current live. */
export function renderArticle(main, { identity, id }) {
    const view = new ArticleView(main, identity, id);
    view.load({ focusHeading: true });
    return () => view.stop();
}

class ArticleView {
    constructor(main, identity, id) {
        this.main = main;
        this.identity = identity;
        this.id = id;
        this.stopLive = null;
        this.reloadTimer = null;
        this.liveState = 'connecting';
    }

    async load({ focusHeading = false } = {}) {
        if (focusHeading) {
            replaceChildren(this.main, loading());
        }
        try {
            const answer = await request(`/articles/${encodeURIComponent(this.id)}?include=claims`);
            this.article = answer.data;
        } catch (error) {
            replaceChildren(this.main, errorBox(error, () => this.load({ focusHeading: true })));
            return;
        }
        this.render(focusHeading);
        if (!this.stopLive) {
            this.stopLive = follow({
                types: 'claim.*,article.*',
                onEvent: event => this.onEvent(event),
                onState: state => this.showLiveState(state)
            });
        }
    }

    stop() {
        window.clearTimeout(this.reloadTimer);
        if (this.stopLive) {
            this.stopLive();
        }
    }

    claims() {
        const anchored = (this.article.blocks ?? []).flatMap(block => block.claims ?? []);
        return [...anchored, ...(this.article.claims?.unanchored ?? [])];
    }

    render(focusHeading) {
        const article = this.article;
        const title = focusHeading ? heading(article.title) : h('h1', { class: 'page-title' }, article.title);
        this.liveIndicator = h('p', { class: 'live-indicator', id: 'live-state', role: 'status' });
        this.extraction = h('div', { id: 'extraction' });
        this.body = h('div', { class: 'article-body', id: 'article-body' });
        this.claimList = h('div', { id: 'article-claims' });
        replaceChildren(this.main,
            h('div', { class: 'page-header article-header' },
                h('p', { class: 'eyebrow' }, `${t('article.title')} · ${article.status} · ${article.language}`),
                title,
                article.lead && h('p', { class: 'lead', text: article.lead }),
                h('div', { class: 'toolbar' },
                    this.liveIndicator,
                    canEdit(this.identity) && h('button', {
                        type: 'button', class: 'button', id: 'extract-claims', onclick: () => this.extract()
                    }, t('article.extract')))),
            this.extraction,
            h('div', { class: 'article-layout' },
                h('article', { class: 'card article', 'aria-labelledby': 'article-text-title' },
                    h('h2', { id: 'article-text-title', class: 'visually-hidden', text: article.title }),
                    this.body),
                h('aside', { class: 'article-side', 'aria-label': t('article.claims') },
                    h('section', { class: 'card' },
                        h('h2', { class: 'section-title', text: t('article.claims') }),
                        this.claimList),
                    legend())));
        this.showLiveState(this.liveState);
        this.renderBody();
    }

    renderBody(changedClaimId) {
        const available = this.article.claims?.available !== false;
        replaceChildren(this.body, (this.article.blocks ?? []).map(block => renderBlock(block)));
        const claims = this.claims();
        replaceChildren(this.claimList,
            !available && h('p', { class: 'notice notice-warning', text: t('article.claimsUnavailable') }),
            available && claims.length === 0 && h('p', { class: 'muted', text: t('article.noClaims') }),
            claims.length > 0 && h('ol', { class: 'article-claim-list' }, claims.map(claimEntry)));
        if (changedClaimId) {
            this.main.querySelectorAll(`[data-claim-id="${changedClaimId}"]`)
                .forEach(element => element.classList.add('just-changed'));
        }
    }

    onEvent(event) {
        const payload = event.data;
        if (typeof payload !== 'object' || payload === null) {
            return;
        }
        const concerns = payload.articleId === this.article.id
            || (payload.source === 'ARTICLES' && payload.subjectId === this.article.id);
        if (!concerns) {
            return;
        }
        if (STATUS_EVENTS.includes(event.type)) {
            this.applyStatus(payload.subjectId, payload.data ?? {});
        } else if (RELOAD_EVENTS.includes(event.type) || event.type.startsWith('article.')) {
            this.scheduleReload();
        }
    }

    /** Applies a status event to the claim on screen at once, without waiting for a re-read. */
    applyStatus(claimId, data) {
        const claim = this.claims().find(candidate => candidate.id === claimId);
        if (!claim) {
            this.scheduleReload();
            return;
        }
        const before = claim.publicStatus ?? claim.status;
        Object.assign(claim, Object.fromEntries(['status', 'publicStatus', 'pendingApproval']
            .filter(name => name in data).map(name => [name, data[name]])));
        this.renderBody(claimId);
        const after = claim.publicStatus ?? claim.status;
        if (after !== before) {
            announce(t('article.liveUpdate', { claim: claim.claimReviewed, status: t(`status.${after}`) }));
        }
    }

    scheduleReload() {
        window.clearTimeout(this.reloadTimer);
        this.reloadTimer = window.setTimeout(async () => {
            try {
                const answer = await request(`/articles/${this.article.id}?include=claims`);
                this.article = answer.data;
                this.renderBody();
            } catch (error) {
                console.warn('Could not refresh the article', error);
            }
        }, RELOAD_DELAY_MS);
    }

    showLiveState(state) {
        this.liveState = state;
        if (!this.liveIndicator) {
            return;
        }
        const key = { live: 'article.live', connecting: 'article.connecting', offline: 'article.offline' }[state];
        this.liveIndicator.dataset.state = state;
        replaceChildren(this.liveIndicator, h('span', { class: 'live-dot', 'aria-hidden': 'true' }), t(key));
    }

    async extract() {
        const button = this.main.querySelector('#extract-claims');
        button.disabled = true;
        replaceChildren(this.extraction, h('p', { class: 'loading', role: 'status', text: t('article.extracting') }));
        const text = (this.article.blocks ?? []).map(block => block.text).filter(Boolean).join('\n\n');
        try {
            const answer = await request('/extractions', {
                method: 'POST', body: { text, language: this.article.language }
            });
            this.showCandidates(answer.data.candidates ?? []);
        } catch (error) {
            if (!(error instanceof ApiError)) {
                throw error;
            }
            replaceChildren(this.extraction, errorBox(error, () => this.extract()));
        } finally {
            button.disabled = false;
        }
    }

    showCandidates(candidates) {
        const problem = h('div', { role: 'alert', class: 'form-problem' });
        const close = () => {
            replaceChildren(this.extraction);
            this.main.querySelector('#extract-claims').focus();
        };
        const save = async event => {
            event.currentTarget.disabled = true;
            try {
                const answer = await request(`/articles/${this.article.id}/claims:extract`, { method: 'POST' });
                const count = answer.data?.total ?? answer.data?.items?.length;
                replaceChildren(this.extraction, h('p', {
                    class: 'notice notice-success', role: 'status',
                    text: count === undefined ? t('article.saved') : t('article.savedCount', { count })
                }));
                this.scheduleReload();
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
        replaceChildren(this.extraction, panel);
        panel.focus();
    }
}

function renderBlock(block) {
    const content = markClaims(block.text ?? '', block.claims ?? []);
    switch (block.type) {
    case 'HEADING':
        return h('h3', { class: 'block block-heading', 'data-block-id': block.id }, content);
    case 'QUOTE':
        return h('blockquote', { class: 'block block-quote', 'data-block-id': block.id }, content);
    case 'SOURCE':
        return h('p', { class: 'block block-source', 'data-block-id': block.id }, content);
    case 'IMAGE':
    case 'VIDEO':
        return h('figure', { class: 'block block-media', 'data-block-id': block.id },
            h('div', { class: 'media-placeholder', 'aria-hidden': 'true', text: block.type === 'IMAGE' ? '▣' : '▶' }),
            h('figcaption', {}, block.caption ?? block.text ?? '',
                block.credit && h('span', { class: 'credit', text: ` ${block.credit}` })));
    default:
        return h('p', { class: 'block', 'data-block-id': block.id }, content);
    }
}

/** Text with each claim's passage as a link in its public status colour; overlapping passages keep the first. */
function markClaims(text, claims) {
    const located = claims.map(claim => ({ claim, ...locate(text, claim.anchor) }))
        .filter(entry => entry.start >= 0)
        .sort((a, b) => a.start - b.start);
    const parts = [];
    let position = 0;
    for (const { claim, start, end } of located) {
        if (start < position) {
            continue;
        }
        const status = claim.publicStatus ?? claim.status;
        parts.push(text.slice(position, start), h('a', {
            href: `#/claims/${claim.id}`, class: `claim-mark ${statusClass(status)}`, 'data-claim-id': claim.id,
            'data-status': status,
            'aria-label': `${t('article.highlightLabel', { claimant: claim.claimant ?? '?', status: t(`status.${status}`) })}: `
                + text.slice(start, end)
        }, text.slice(start, end)));
        position = end;
    }
    parts.push(text.slice(position));
    return parts;
}

function locate(text, anchor) {
    if (!anchor) {
        return { start: -1, end: -1 };
    }
    if (text.slice(anchor.start, anchor.end) === anchor.quote) {
        return { start: anchor.start, end: anchor.end };
    }
    const start = anchor.quote ? text.indexOf(anchor.quote) : -1;
    return { start, end: start < 0 ? -1 : start + anchor.quote.length };
}

function claimEntry(claim) {
    const status = claim.publicStatus ?? claim.status;
    const proposal = claim.pendingApproval && claim.status !== status;
    return h('li', { class: 'article-claim', 'data-claim-id': claim.id, id: `article-claim-${claim.id}` },
        h('span', { class: 'article-claim-status', 'data-status': status }, statusBadge(status)),
        h('a', { href: `#/claims/${claim.id}`, class: 'article-claim-link', text: claim.claimReviewed }),
        h('span', { class: 'muted small', text: [claim.claimant, claim.source].filter(Boolean).join(' · ') }),
        proposal && h('span', { class: 'proposal' }, statusBadge(claim.status, { pending: true })));
}

function candidateEntry(candidate) {
    return h('li', { class: 'candidate' },
        h('p', { class: 'candidate-sentence', text: candidate.sentence }),
        h('p', { class: 'muted small' }, [
            candidate.claimant && `${t('claim.claimant')}: ${candidate.claimant}`,
            candidate.source && `${t('claim.source')}: ${candidate.source}`,
            t('article.checkworthiness', { score: Number(candidate.checkworthiness ?? 0).toFixed(2) }),
            candidate.unconfirmed && t('article.unconfirmed')
        ].filter(Boolean).join(' · ')),
        (candidate.quantities ?? []).length > 0 && h('ul', { class: 'quantities' },
            candidate.quantities.map(quantity => h('li', { class: 'quantity', text: describeQuantity(quantity) }))));
}

function legend() {
    return h('section', { class: 'card legend', 'aria-labelledby': 'legend-title' },
        h('h2', { id: 'legend-title', class: 'section-title', text: t('article.legend') }),
        h('ul', { class: 'legend-list' }, STATUSES.map(status => h('li', {},
            h('span', { class: `legend-swatch claim-mark ${statusClass(status)}`, 'aria-hidden': 'true' }, 'Aa'),
            t(`status.${status}`)))));
}
