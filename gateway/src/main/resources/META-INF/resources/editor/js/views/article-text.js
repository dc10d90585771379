import { locate } from '../anchors.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { STATUSES, statusClass } from '../workflow.js';
import { statusBadge } from './common.js';

/** A block of the article as readers see it, with the passages of its claims marked. */
export function renderBlock(block) {
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
        const label = t('article.highlightLabel', { claimant: claim.claimant ?? '?', status: t(`status.${status}`) });
        parts.push(text.slice(position, start), h('a', {
            href: `#/claims/${claim.id}`, class: `claim-mark ${statusClass(status)}`, 'data-claim-id': claim.id,
            'data-status': status, 'aria-label': `${label}: ${text.slice(start, end)}`
        }, text.slice(start, end)));
        position = end;
    }
    parts.push(text.slice(position));
    return parts;
}

/** A claim in the list beside the article: its public status and, while a verdict awaits approval, the proposal. */
export function claimEntry(claim) {
    const status = claim.publicStatus ?? claim.status;
    const proposal = claim.pendingApproval && claim.status !== status;
    return h('li', { class: 'article-claim', 'data-claim-id': claim.id, id: `article-claim-${claim.id}` },
        h('span', { class: 'article-claim-status', 'data-status': status }, statusBadge(status)),
        h('a', { href: `#/claims/${claim.id}`, class: 'article-claim-link', text: claim.claimReviewed }),
        h('span', { class: 'muted small', text: [claim.claimant, claim.source].filter(Boolean).join(' · ') }),
        proposal && h('span', { class: 'proposal' }, statusBadge(claim.status, { pending: true })));
}

export function legend() {
    return h('section', { class: 'card legend', 'aria-labelledby': 'legend-title' },
        h('h2', { id: 'legend-title', class: 'section-title', text: t('article.legend') }),
        h('ul', { class: 'legend-list' }, STATUSES.map(status => h('li', {},
            h('span', { class: `legend-swatch claim-mark ${statusClass(status)}`, 'aria-hidden': 'true' }, 'Aa'),
            t(`status.${status}`)))));
}
