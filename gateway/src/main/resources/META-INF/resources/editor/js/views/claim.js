import { ApiError, itemsOrError, MERGE_PATCH, request } from '../api.js';
import { announce, append, h, replaceChildren } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { canEdit, canVerify } from '../session.js';
import { isVerdict, statusClass } from '../workflow.js';
import { editForm, evidenceForm, transitionForm } from './claim-forms.js';
import { errorBox, heading, loading, passage, quantityList, statusBadge } from './common.js';
import { conflictPanel } from './conflict.js';
import { matchesSection } from './matches.js';

export function renderClaim(main, { identity, id }) {
    const page = new ClaimPage(main, identity, id);
    page.load({ focusHeading: true });
}

class ClaimPage {
    constructor(main, identity, id) {
        this.main = main;
        this.identity = identity;
        this.id = id;
    }

    async load({ focusHeading = false, flash = null } = {}) {
        if (focusHeading) {
            replaceChildren(this.main, loading());
        }
        try {
            const [claim, evidence, history, matches] = await Promise.all([
                request(`/claims/${this.id}`),
                itemsOrError(request(`/claims/${this.id}/evidence`)),
                itemsOrError(request(`/claims/${this.id}/history`)),
                itemsOrError(request(`/claims/${this.id}/matches`))
            ]);
            this.claim = claim.data;
            this.etag = claim.etag;
            this.evidence = evidence;
            this.history = history;
            this.matches = matches;
            this.article = await request(`/articles/${this.claim.articleId}`).then(answer => answer.data)
                .catch(() => null);
        } catch (error) {
            replaceChildren(this.main, h('p', {}, h('a', { href: '#/queue', text: t('common.backToQueue') })),
                errorBox(error, () => this.load({ focusHeading: true })));
            return;
        }
        this.render(focusHeading);
        if (flash) {
            this.showFlash(flash);
        }
    }

    render(focusHeading) {
        const claim = this.claim;
        const title = focusHeading ? heading(claim.claimReviewed) : h('h1', { class: 'page-title', tabindex: '-1' },
            claim.claimReviewed);
        this.messages = h('div', { class: 'messages', id: 'claim-messages' });
        replaceChildren(this.main,
            h('p', { class: 'breadcrumb' }, h('a', { href: '#/queue', text: t('common.backToQueue') })),
            h('div', { class: 'page-header claim-header' },
                h('p', { class: 'eyebrow', text: t('claim.title') }),
                title,
                h('div', { class: 'status-line' },
                    h('span', { id: 'claim-status' }, statusBadge(claim.status, { pending: claim.pendingApproval })),
                    h('span', { class: 'muted' }, `${t('claim.publicStatus')}: `),
                    h('span', { id: 'claim-public-status' }, statusBadge(claim.publicStatus)))),
            this.messages,
            h('div', { class: 'claim-layout' },
                h('div', { class: 'claim-main' },
                    this.detailsSection(), this.passageSection(), this.evidenceSection(),
                    matchesSection(claim, this.matches, canEdit(this.identity) || canVerify(this.identity),
                        flash => this.load({ flash })),
                    this.historySection()),
                h('aside', { class: 'claim-side', 'aria-label': t('claim.workflow') },
                    this.workflowSection(), this.verdictSection(), canEdit(this.identity) && this.editSection())));
    }

    detailsSection() {
        const claim = this.claim;
        const row = (label, value, id) => [h('dt', { text: label }), h('dd', { id }, value ?? t('common.none'))];
        const independence = claim.independentlyConfirmed === null || claim.independentlyConfirmed === undefined
            ? t('common.unknown') : t(claim.independentlyConfirmed ? 'common.yes' : 'common.no');
        const assignee = h('span', {}, claim.assignee ?? t('queue.unassigned'));
        const assign = claim.assignee !== this.identity.user && !claim.withdrawnAt && h('button', {
            type: 'button', class: 'button button-small', id: 'assign-to-me',
            onclick: () => this.attempt(etag => request(`/claims/${this.id}`, {
                method: 'PATCH', contentType: MERGE_PATCH, ifMatch: etag, body: { assignee: this.identity.user }
            }), t('queue.assigned', { claim: claim.claimReviewed, user: this.identity.user }))
        }, t('claim.assignToMe'));
        return h('section', { class: 'card', 'aria-labelledby': 'details-title' },
            h('h2', { id: 'details-title', class: 'section-title', text: t('claim.details') }),
            claim.withdrawnAt && h('p', { class: 'notice notice-warning', text: t('claim.withdrawn', {
                time: formatTime(claim.withdrawnAt), reason: claim.withdrawalReason
            }) }),
            h('blockquote', { class: 'statement', id: 'claim-statement' },
                h('span', { class: 'visually-hidden', text: `${t('claim.statement')}: ` }), claim.statement),
            h('dl', { class: 'details' },
                row(t('claim.claimant'), claim.claimant, 'claim-claimant'),
                row(t('claim.source'), claim.source, 'claim-source'),
                row(t('claim.language'), claim.language),
                row(t('claim.reportedAt'), claim.reportedAt && formatTime(claim.reportedAt)),
                row(t('claim.independentlyConfirmed'), independence, 'claim-independently-confirmed'),
                row(t('claim.assignee'), h('span', { class: 'inline-actions' }, assignee, assign), 'claim-assignee'),
                row(t('claim.recheckBy'), claim.recheckBy && formatTime(claim.recheckBy))),
            h('h3', { class: 'subsection-title', text: t('claim.quantities') }),
            claim.quantities.length === 0
                ? h('p', { class: 'muted', text: t('claim.noQuantities') })
                : h('div', { id: 'claim-quantities' }, quantityList(claim.quantities)));
    }

    passageSection() {
        const claim = this.claim;
        const blocks = this.article?.blocks ?? [];
        const index = blocks.findIndex(block => block.id === claim.anchor?.blockId);
        const context = index < 0 ? [] : blocks.slice(Math.max(0, index - 1), index + 2);
        const paragraph = block => block.id === claim.anchor.blockId
            ? h('p', { class: 'passage-anchor', id: 'claim-passage' },
                passage(block.text ?? '', claim.anchor, { class: `claim-mark ${statusClass(claim.status)}` }))
            : h('p', { class: 'passage-context', text: block.text ?? block.caption ?? '' });
        return h('section', { class: 'card', 'aria-labelledby': 'passage-title' },
            h('h2', { id: 'passage-title', class: 'section-title', text: t('claim.passage') }),
            this.article && h('p', { class: 'muted' },
                h('a', { href: `#/articles/${this.article.id}`, id: 'open-article' }, this.article.title),
                ` · ${t('claim.openArticle')}`),
            claim.anchorLost && h('p', { class: 'notice notice-warning', text: t('claim.anchorLost') }),
            context.length > 0
                ? h('div', { class: 'passage' }, context.map(paragraph))
                : h('blockquote', { class: 'passage', id: 'claim-passage' },
                    h('mark', { class: `claim-mark ${statusClass(claim.status)}` }, claim.anchor?.quote ?? '')));
    }

    evidenceSection() {
        if (this.evidence instanceof Error) {
            return h('section', { class: 'card', 'aria-labelledby': 'evidence-title' },
                h('h2', { id: 'evidence-title', class: 'section-title', text: t('claim.evidence') }),
                errorBox(this.evidence, () => this.load()));
        }
        const items = this.evidence.map(item => h('li', {
            class: `evidence-item${item.superseded ? ' is-superseded' : ''}`, 'data-evidence-id': item.id
        },
        h('div', { class: 'evidence-head' },
            h('span', { class: 'evidence-type', text: t(`evidence.${item.type}`) }),
            h('span', { class: `tag ${item.independent ? 'tag-positive' : 'tag-neutral'}`,
                text: t(item.independent ? 'claim.independent' : 'claim.notIndependent') }),
            item.superseded && h('span', { class: 'tag tag-neutral', text: t('claim.superseded') }),
            item.takenFrom && h('a', { class: 'tag tag-neutral', href: `#/claims/${item.takenFrom}`,
                text: t('claim.takenFrom') })),
        h('p', { class: 'evidence-description', text: item.description }),
        item.url && h('p', {}, h('a', { href: item.url, rel: 'noopener noreferrer', target: '_blank', text: item.url })),
        h('p', { class: 'muted small', text: t('claim.addedBy', { user: item.addedBy, time: formatTime(item.addedAt) }) })));
        return h('section', { class: 'card', 'aria-labelledby': 'evidence-title' },
            h('h2', { id: 'evidence-title', class: 'section-title', text: t('claim.evidence') }),
            items.length === 0
                ? h('p', { class: 'muted', id: 'evidence-list', text: t('claim.noEvidence') })
                : h('ul', { class: 'evidence-list', id: 'evidence-list' }, items),
            !this.claim.withdrawnAt
                && evidenceForm(this.id, () => this.load({ flash: t('claim.evidenceAdded') })));
    }

    workflowSection() {
        const claim = this.claim;
        const section = h('section', { class: 'card', 'aria-labelledby': 'workflow-title', id: 'workflow' },
            h('h2', { id: 'workflow-title', class: 'section-title', text: t('claim.workflow') }));
        if (!canVerify(this.identity)) {
            section.append(h('p', { class: 'muted', text: t('claim.readOnly') }));
            return section;
        }
        const targets = claim.allowedTransitions ?? [];
        if (targets.length === 0) {
            section.append(h('p', { class: 'muted', text: t('claim.noTransitions') }));
            return section;
        }
        section.append(transitionForm(claim, targets, this.attempt.bind(this)));
        return section;
    }

    verdictSection() {
        const claim = this.claim;
        const section = h('section', { class: 'card', 'aria-labelledby': 'verdict-title', id: 'verdict' },
            h('h2', { id: 'verdict-title', class: 'section-title', text: t('claim.verdict') }));
        if (!isVerdict(claim.status)) {
            section.append(h('p', { class: 'muted', text: t('claim.noVerdict') }));
            return section;
        }
        append(section,
            h('p', {}, statusBadge(claim.status, { pending: claim.pendingApproval })),
            claim.verdictRationale && h('blockquote', { class: 'rationale', id: 'verdict-rationale', text: claim.verdictRationale }),
            claim.proposedBy && h('p', { class: 'muted small', text: t('claim.proposedBy', { user: claim.proposedBy }) }),
            claim.approvedBy && h('p', { class: 'muted small', id: 'approved-by',
                text: t('claim.approvedBy', { user: claim.approvedBy, time: formatTime(claim.approvedAt) }) }));
        if (claim.mayApprove) {
            const problem = h('div', { role: 'alert', class: 'form-problem' });
            append(section,
                h('p', { class: 'hint', text: t('claim.approveHelp', { user: claim.proposedBy }) }),
                problem,
                h('button', {
                    type: 'button', class: 'button button-primary', id: 'approve',
                    onclick: () => this.attempt(etag => request(`/claims/${this.id}/approval`, {
                        method: 'POST', ifMatch: etag
                    }), t('claim.approved', { status: t(`status.${claim.status}`) }), problem)
                }, t('claim.approve')));
        } else if (claim.pendingApproval && canVerify(this.identity)) {
            section.append(h('p', { class: 'notice notice-info', text: t('claim.ownProposal') }));
        }
        return section;
    }

    editSection() {
        return h('section', { class: 'card', 'aria-labelledby': 'edit-title' },
            h('h2', { id: 'edit-title', class: 'section-title', text: t('claim.edit') }),
            editForm(this.claim, this.attempt.bind(this)));
    }

    historySection() {
        if (this.history instanceof Error) {
            return h('section', { class: 'card', 'aria-labelledby': 'history-title' },
                h('h2', { id: 'history-title', class: 'section-title', text: t('claim.history') }),
                errorBox(this.history, () => this.load()));
        }
        const rows = this.history.map(entry => h('tr', {},
            h('td', { text: formatTime(entry.at) }),
            h('td', { text: entry.actor }),
            h('td', { text: [entry.action, entry.field].filter(Boolean).join(' · ') }),
            h('td', {}, change(entry)),
            h('td', { text: entry.reason ?? '' })));
        const column = key => h('th', { scope: 'col', text: t(key) });
        return h('section', { class: 'card', 'aria-labelledby': 'history-title' },
            h('h2', { id: 'history-title', class: 'section-title', text: t('claim.history') }),
            rows.length === 0
                ? h('p', { class: 'muted', text: t('claim.noHistory') })
                : h('div', { class: 'table-scroll' }, h('table', { class: 'history-table', id: 'history' },
                    h('thead', {}, h('tr', {}, column('claim.historyWhen'), column('claim.historyWho'),
                        column('claim.historyWhat'), column('claim.historyChange'), column('claim.historyReason'))),
                    h('tbody', {}, rows))));
    }

    /**
     * Runs a write with the ETag of the version on screen. On 412 the newer version is fetched and compared with
     * the one on screen, and the editor decides whether to apply the same change to it.
     */
    async attempt(write, success, problem = this.messages, etag = this.etag) {
        replaceChildren(problem);
        try {
            await write(etag);
            await this.load({ flash: success });
        } catch (error) {
            if (!(error instanceof ApiError)) {
                throw error;
            }
            if (error.status === 412) {
                await this.showConflict(write, success);
            } else {
                replaceChildren(problem, errorBox(error));
                problem.querySelector('[role=alert], .notice')?.setAttribute('tabindex', '-1');
                problem.querySelector('.notice')?.focus();
            }
        }
    }

    async showConflict(write, success) {
        const fresh = await request(`/claims/${this.id}`);
        const panel = conflictPanel(this.claim, fresh.data, {
            onRetry: () => this.attempt(write, success, this.messages, fresh.etag),
            onDiscard: () => this.load({ flash: null })
        });
        replaceChildren(this.messages, panel);
        panel.focus();
    }

    showFlash(message) {
        const notice = h('p', { class: 'notice notice-success', id: 'flash', tabindex: '-1', role: 'status', text: message });
        replaceChildren(this.messages, notice);
        notice.focus();
        announce(message);
    }
}

function change(entry) {
    if (entry.from === null && entry.to === null) {
        return '';
    }
    const value = text => h('span', { class: 'history-value', text: text ?? t('common.none') });
    return [value(entry.from), h('span', { 'aria-hidden': 'true' }, ' → '),
        h('span', { class: 'visually-hidden' }, ` ${t('claim.historyTo')} `), value(entry.to)];
}
