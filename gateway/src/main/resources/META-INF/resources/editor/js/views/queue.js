import { ApiError, MERGE_PATCH, query, request } from '../api.js';
import { announce, h, replaceChildren } from '../dom.js';
import { formatNumber, formatTime, t } from '../i18n.js';
import { hashFor } from '../router.js';
import { STATUSES } from '../workflow.js';
import { errorBox, field, heading, loading, statusBadge } from './common.js';

const PAGE_SIZE = 25;
const FILTERS = ['status', 'articleId', 'language', 'assignee', 'recheckDue'];

export function renderQueue(main, { identity, params }) {
    const filters = Object.fromEntries(FILTERS.map(name => [name, params.get(name) ?? '']));
    const filtered = FILTERS.some(name => filters[name]);
    const counts = h('nav', { class: 'status-counts', 'aria-label': t('queue.counts') }, loading());
    const form = filterForm(filters);
    const results = h('section', { class: 'queue-results', 'aria-labelledby': 'results-title' }, loading());
    const messages = h('div', { class: 'messages', role: 'status' });
    replaceChildren(main,
        h('div', { class: 'page-header' },
            heading(t('queue.title')),
            h('p', { class: 'lead', text: t('queue.intro') })),
        counts, form, messages, results);

    const articles = request('/articles?limit=100')
        .then(answer => new Map(answer.data.items.map(article => [article.id, article.title])))
        .catch(() => new Map());
    articles.then(titles => fillArticleOptions(form, titles, filters.articleId));
    loadCounts(counts, filters);
    loadPage(results, messages, identity, filters, filtered, articles, null);
}

function filterForm(filters) {
    const select = (id, options, selected) => h('select', { id, name: id },
        h('option', { value: '' }, t('queue.any')),
        options.map(([value, label]) => h('option', { value, selected: value === selected }, label)));
    const apply = event => {
        event.preventDefault();
        const data = new FormData(event.target);
        const chosen = {};
        for (const name of FILTERS) {
            const value = name === 'recheckDue' ? (data.get(name) ? 'true' : '') : (data.get(name) ?? '').trim();
            if (value) {
                chosen[name] = value;
            }
        }
        window.location.hash = hashFor('/queue', chosen);
    };
    return h('form', { class: 'filters card', 'aria-label': t('queue.filters'), onsubmit: apply },
        h('div', { class: 'filter-fields' },
            field(t('queue.status'), select('status', STATUSES.map(status => [status, t(`status.${status}`)]),
                filters.status)),
            field(t('queue.article'), select('articleId', [], filters.articleId)),
            field(t('queue.language'), select('language', [['nb', 'Norsk (nb)'], ['en', 'English (en)']],
                filters.language)),
            field(t('queue.assignee'), h('input', {
                id: 'assignee', name: 'assignee', type: 'text', value: filters.assignee, autocomplete: 'off'
            })),
            h('div', { class: 'field field-checkbox' },
                h('input', { id: 'recheckDue', name: 'recheckDue', type: 'checkbox', checked: filters.recheckDue === 'true' }),
                h('label', { for: 'recheckDue', text: t('queue.recheckDue') }))),
        h('div', { class: 'filter-actions' },
            h('button', { type: 'submit', class: 'button button-primary' }, t('queue.apply')),
            h('a', { class: 'button button-quiet', href: hashFor('/queue') }, t('queue.reset'))));
}

function fillArticleOptions(form, titles, selected) {
    const select = form.querySelector('#articleId');
    for (const [id, title] of titles) {
        select.append(h('option', { value: id, selected: id === selected }, title));
    }
}

async function loadCounts(container, filters) {
    const others = { ...filters, status: '' };
    try {
        const totals = await Promise.all(STATUSES.map(status =>
            request(`/claims${query({ ...others, status, limit: 1 })}`).then(answer => answer.data.total)));
        const link = (status, total) => {
            const href = hashFor('/queue', { ...others, status });
            return h('li', {},
                h('a', {
                    href, class: 'count-link', 'aria-current': filters.status === status ? 'true' : null,
                    'data-status-count': status || 'ALL'
                },
                status ? statusBadge(status) : h('span', { class: 'badge' }, t('queue.countsAll')),
                h('span', { class: 'count', text: formatNumber(total) })));
        };
        const all = totals.reduce((sum, total) => sum + total, 0);
        replaceChildren(container, h('h2', { class: 'visually-hidden', text: t('queue.counts') }),
            h('ul', {}, link('', all), STATUSES.map((status, index) => link(status, totals[index]))));
    } catch (error) {
        replaceChildren(container, errorBox(error));
    }
}

async function loadPage(container, messages, identity, filters, filtered, articles, cursor) {
    const path = filtered
        ? `/claims${query({ ...filters, limit: PAGE_SIZE, cursor })}`
        : `/review-queue${query({ limit: PAGE_SIZE, cursor })}`;
    try {
        const [answer, titles] = await Promise.all([request(path), articles]);
        const page = answer.data;
        let table = container.querySelector('table');
        if (!cursor) {
            table = claimTable();
            replaceChildren(container,
                h('h2', { id: 'results-title', class: 'section-title' }, t(filtered ? 'queue.filters' : 'queue.title')));
            container.append(page.items.length === 0 ? h('p', { class: 'empty', text: t('queue.empty') }) : table);
        }
        const body = table.tBodies[0];
        page.items.forEach(claim => body.append(claimRow(claim, titles, identity, messages)));
        container.querySelector('.more')?.remove();
        const shown = body.rows.length;
        container.append(h('div', { class: 'more' },
            h('p', { class: 'muted', text: t('queue.shown', { shown, count: page.total ?? shown }) }),
            page.nextCursor && h('button', {
                type: 'button', class: 'button',
                onclick: () => loadPage(container, messages, identity, filters, filtered, articles, page.nextCursor)
            }, t('queue.more'))));
    } catch (error) {
        replaceChildren(container, errorBox(error,
            () => loadPage(container, messages, identity, filters, filtered, articles, cursor)));
    }
}

function claimTable() {
    const column = key => h('th', { scope: 'col', text: t(key) });
    return h('table', { class: 'claims-table' },
        h('thead', {}, h('tr', {},
            column('queue.claim'), column('queue.claimant'), column('queue.article'), column('queue.status'),
            column('queue.assignee'), column('queue.updated'), column('queue.actions'))),
        h('tbody'));
}

function claimRow(claim, titles, identity, messages) {
    const assignee = h('td', { 'data-label': t('queue.assignee') });
    const actions = h('td', { 'data-label': t('queue.actions') });
    const showAssignment = current => {
        replaceChildren(assignee, current ?? h('span', { class: 'muted', text: t('queue.unassigned') }));
        replaceChildren(actions, current === identity.user
            ? h('span', { class: 'muted', text: t('queue.assignedToYou') })
            : h('button', {
                type: 'button', class: 'button button-small', 'aria-label': `${t('queue.assignToMe')}: ${claim.claimReviewed}`,
                onclick: event => assignToMe(claim, identity, messages, event.currentTarget, showAssignment)
            }, t('queue.assignToMe')));
    };
    showAssignment(claim.assignee);
    return h('tr', { 'data-claim-id': claim.id },
        h('td', { 'data-label': t('queue.claim') },
            h('a', { href: `#/claims/${claim.id}`, class: 'claim-link', text: claim.claimReviewed }),
            h('p', { class: 'muted statement-preview', text: claim.statement })),
        h('td', { 'data-label': t('queue.claimant'), text: claim.claimant ?? t('common.none') }),
        h('td', { 'data-label': t('queue.article') },
            h('a', { href: `#/articles/${claim.articleId}` }, titles.get(claim.articleId) ?? claim.articleId.slice(0, 8))),
        h('td', { 'data-label': t('queue.status') }, statusBadge(claim.status, { pending: claim.pendingApproval })),
        assignee,
        h('td', { 'data-label': t('queue.updated'), text: formatTime(claim.updatedAt ?? claim.createdAt) }),
        actions);
}

/** Reads the current version first so the assignment only fails when someone changes the claim in between. */
async function assignToMe(claim, identity, messages, button, showAssignment) {
    button.disabled = true;
    try {
        const fresh = await request(`/claims/${claim.id}`);
        const answer = await request(`/claims/${claim.id}`, {
            method: 'PATCH', contentType: MERGE_PATCH, ifMatch: fresh.etag, body: { assignee: identity.user }
        });
        showAssignment(answer.data.assignee);
        announce(t('queue.assigned', { claim: claim.claimReviewed, user: identity.user }));
    } catch (error) {
        button.disabled = false;
        if (!(error instanceof ApiError)) {
            throw error;
        }
        replaceChildren(messages, errorBox(error));
    }
}
