import { request } from '../api.js';
import { announce, h, replaceChildren } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { follow } from '../live.js';
import { canEdit } from '../session.js';
import { claimEntry, legend, renderBlock } from './article-text.js';
import { errorBox, heading, loading } from './common.js';
import { extractClaims } from './extraction.js';

const STATUS_EVENTS = ['claim.statusChanged', 'claim.approved'];
const RELOAD_EVENTS = ['claim.created', 'claim.updated', 'claim.anchorChanged', 'claim.withdrawn'];
const RELOAD_DELAY_MS = 300;

export function renderArticles(main) {
    replaceChildren(main, h('div', { class: 'page-header' }, heading(t('articles.title'))), loading());
    request('/articles?limit=100&sort=updatedAt').then(answer => {
        const rows = answer.data.items.map(article => h('tr', {},
            h('td', {}, h('a', { href: `#/articles/${article.id}`, text: article.title })),
            h('td', { text: t(`articleStatus.${article.status}`) }),
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
                h('p', { class: 'eyebrow' },
                    `${t('article.title')} · ${t(`articleStatus.${article.status}`)} · ${article.language}`),
                title,
                article.lead && h('p', { class: 'lead', text: article.lead }),
                h('div', { class: 'toolbar' },
                    this.liveIndicator,
                    canEdit(this.identity) && h('button', {
                        type: 'button', class: 'button', id: 'extract-claims',
                        onclick: event => extractClaims(this.article, {
                            container: this.extraction, button: event.currentTarget,
                            onSaved: () => this.scheduleReload()
                        })
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
}
