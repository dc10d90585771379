import { ApiError, request } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { errorBox, statusBadge } from './common.js';

/** The panels of the claim page for stored matches, one per relation staff act on. */
const PANELS = [
    { relation: 'SAME', title: 'matches.same' },
    { relation: 'UPDATE', title: 'matches.figures' },
    { relation: 'CONFLICT', title: 'matches.conflicts' }
];

/**
 * The same claim elsewhere, earlier and later figures and conflicting figures, each with confirm and reject for a
 * suggestion, and the group's verdict state. {@code onDecided} reloads the page after a decision.
 */
export function matchesSection(claim, matches, canDecide, onDecided) {
    const section = h('section', { class: 'card', 'aria-labelledby': 'matches-title', id: 'matches' },
        h('h2', { id: 'matches-title', class: 'section-title', text: t('matches.title') }));
    if (matches instanceof Error) {
        section.append(errorBox(matches, onDecided));
        return section;
    }
    if (claim.verdictSharedFrom) {
        section.append(h('p', { class: 'notice notice-info', id: 'verdict-shared-from' }, t('matches.sharedFrom'), ' ',
            h('a', { href: `#/claims/${claim.verdictSharedFrom}`, text: t('matches.sourceClaim') })));
    }
    for (const panel of PANELS) {
        const items = matches.filter(match => match.relation === panel.relation && match.state !== 'REJECTED');
        section.append(h('h3', { class: 'subsection-title', text: t(panel.title) }),
            items.length === 0
                ? h('p', { class: 'muted', text: t('matches.none') })
                : h('ul', { class: 'match-list', 'data-relation': panel.relation },
                    items.map(match => matchItem(claim, match, canDecide, onDecided))));
    }
    return section;
}

function matchItem(claim, match, canDecide, onDecided) {
    const other = match.claim;
    const problem = h('div', { role: 'alert', class: 'form-problem' });
    const decide = decision => async () => {
        try {
            await request(`/claims/${claim.id}/matches/${other.id}`, { method: 'POST', body: { decision } });
        } catch (error) {
            if (!(error instanceof ApiError)) {
                throw error;
            }
            replaceChildren(problem, errorBox(error));
            return;
        }
        onDecided(t(decision === 'CONFIRMED' ? 'matches.confirmed' : 'matches.rejected'));
    };
    const suggested = match.state === 'SUGGESTED';
    return h('li', { class: 'match-item', 'data-claim-id': other.id, 'data-state': match.state },
        h('p', {}, h('a', { href: `#/claims/${other.id}`, text: other.statement })),
        h('p', { class: 'muted small' }, [other.claimant, other.reportedAt && formatTime(other.reportedAt)]
            .filter(Boolean).join(' · '), ' ', statusBadge(other.status)),
        h('p', { class: 'muted small', text: suggested ? t('matches.suggested')
            : t('matches.confirmedBy', { user: match.decidedBy }) }),
        suggested && canDecide && h('div', { class: 'inline-actions' },
            h('button', { type: 'button', class: 'button button-small', onclick: decide('CONFIRMED') },
                t('matches.confirm')),
            h('button', { type: 'button', class: 'button button-small button-quiet', onclick: decide('REJECTED') },
                t('matches.reject'))),
        problem);
}
