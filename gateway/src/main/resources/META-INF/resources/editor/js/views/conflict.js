import { h } from '../dom.js';
import { formatTime, t } from '../i18n.js';

/** Fields compared when a write meets a newer version (412), in the order they are shown, with their labels. */
const COMPARED_FIELDS = {
    status: 'queue.status', publicStatus: 'claim.publicStatus', pendingApproval: 'status.pending',
    proposedBy: 'conflict.proposedBy', verdictRationale: 'claim.verdict', approvedBy: 'conflict.approvedBy',
    assignee: 'claim.assignee', recheckBy: 'claim.recheckBy', claimReviewed: 'claim.claimReviewed',
    statement: 'claim.statement', claimant: 'claim.claimant', source: 'claim.source', quantities: 'claim.quantities',
    anchor: 'claim.passage', anchorLost: 'conflict.anchorLost', supersededBy: 'conflict.supersededBy',
    withdrawnAt: 'conflict.withdrawnAt'
};
const STATUS_FIELDS = ['status', 'publicStatus'];
const TIME_FIELDS = ['recheckBy', 'withdrawnAt'];

/** The compared fields whose values differ between the claim on screen and the current one. */
export function changedFields(shown, current) {
    return Object.keys(COMPARED_FIELDS).filter(name => JSON.stringify(shown[name] ?? null)
        !== JSON.stringify(current[name] ?? null));
}

/** A field's value in words; times also in ISO form, so two close times can be told apart. */
export function describeValue(name, value) {
    if (value === null || value === undefined) {
        return t('common.none');
    }
    if (STATUS_FIELDS.includes(name)) {
        return t(`status.${value}`);
    }
    if (TIME_FIELDS.includes(name)) {
        return `${formatTime(value)} (${value})`;
    }
    if (typeof value === 'boolean') {
        return t(value ? 'common.yes' : 'common.no');
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * What changed between the version on screen and the current one, with the choice to apply the same change to the
 * current version (onRetry) or to drop it and show the current version (onDiscard).
 */
export function conflictPanel(shown, current, { onRetry, onDiscard }) {
    const changes = changedFields(shown, current);
    return h('section', {
        class: 'notice notice-warning conflict', id: 'conflict', tabindex: '-1', role: 'alert',
        'aria-labelledby': 'conflict-title'
    },
    h('h2', { id: 'conflict-title', class: 'section-title', text: t('conflict.title') }),
    h('p', { text: t('conflict.intro') }),
    changes.length === 0
        ? h('p', { text: t('conflict.nothing') })
        : h('table', { class: 'conflict-table' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('conflict.field') }),
                h('th', { scope: 'col', text: t('conflict.yours') }),
                h('th', { scope: 'col', text: t('conflict.now') }))),
            h('tbody', {}, changes.map(name => h('tr', { 'data-field': name },
                h('th', { scope: 'row', text: t(COMPARED_FIELDS[name]) }),
                h('td', { text: describeValue(name, shown[name]) }),
                h('td', { text: describeValue(name, current[name]) }))))),
    h('div', { class: 'button-row' },
        h('button', {
            type: 'button', class: 'button button-primary', id: 'conflict-retry', onclick: onRetry
        }, t('conflict.retry')),
        h('button', {
            type: 'button', class: 'button button-quiet', id: 'conflict-discard', onclick: onDiscard
        }, t('conflict.discard'))));
}
