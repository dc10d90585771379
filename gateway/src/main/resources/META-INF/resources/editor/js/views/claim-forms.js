import { ApiError, MERGE_PATCH, request } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { EVIDENCE_TYPES, requirementOf } from '../workflow.js';
import { errorBox, field, statusBadge } from './common.js';

/*
 * The claim page's forms. Writes to the claim itself go through the page's attempt(write, success, problem), which
 * sends the ETag of the version on screen and handles a newer version (412); adding evidence needs no version.
 */

/** Adds an evidence item; onAdded runs once it is stored. */
export function evidenceForm(claimId, onAdded) {
    const type = h('select', { id: 'evidence-type', name: 'type' },
        EVIDENCE_TYPES.map(value => h('option', { value }, t(`evidence.${value}`))));
    const url = h('input', { id: 'evidence-url', name: 'url', type: 'url', inputmode: 'url', autocomplete: 'off' });
    const description = h('textarea', { id: 'evidence-description', name: 'description', rows: '3', required: true });
    const independent = h('input', { id: 'evidence-independent', name: 'independent', type: 'checkbox' });
    const problem = h('div', { role: 'alert', class: 'form-problem' });
    return h('form', {
        class: 'stacked-form', id: 'evidence-form', 'aria-labelledby': 'add-evidence-title',
        onsubmit: async event => {
            event.preventDefault();
            const submit = event.target.querySelector('button[type=submit]');
            submit.disabled = true;
            try {
                await request(`/claims/${claimId}/evidence`, { method: 'POST', body: {
                    type: type.value, url: url.value.trim() || null, description: description.value.trim(),
                    independent: independent.checked
                } });
                await onAdded();
            } catch (error) {
                submit.disabled = false;
                if (!(error instanceof ApiError)) {
                    throw error;
                }
                replaceChildren(problem, errorBox(error));
            }
        }
    },
    h('h3', { id: 'add-evidence-title', class: 'subsection-title', text: t('claim.addEvidence') }),
    h('div', { class: 'form-row' }, field(t('claim.evidenceType'), type), field(t('claim.evidenceUrl'), url)),
    field(t('claim.evidenceDescription'), description),
    h('div', { class: 'field field-checkbox' }, independent,
        h('label', { for: 'evidence-independent', text: t('claim.evidenceIndependent') })),
    problem,
    h('button', { type: 'submit', class: 'button', id: 'add-evidence' }, t('claim.addEvidence')));
}

/** Moves the claim to one of targets (its allowedTransitions), asking for a rationale or reason where needed. */
export function transitionForm(claim, targets, attempt) {
    const explanation = h('textarea', { id: 'transition-text', name: 'text', rows: '4' });
    const explanationLabel = h('label', { for: 'transition-text' });
    const explanationField = h('div', { class: 'field', hidden: true }, explanationLabel, explanation);
    const showRequirement = target => {
        const requirement = target ? requirementOf(claim, target) : null;
        explanationField.hidden = requirement === null;
        explanation.required = requirement !== null;
        explanationLabel.textContent = requirement === 'reason' ? t('claim.reason') : t('claim.rationale');
    };
    const options = targets.map(target => h('div', { class: 'radio' },
        h('input', {
            type: 'radio', name: 'to', value: target, id: `to-${target}`, required: true,
            checked: targets.length === 1, onchange: () => showRequirement(target)
        }),
        h('label', { for: `to-${target}` }, statusBadge(target))));
    const problem = h('div', { role: 'alert', class: 'form-problem' });
    const form = h('form', {
        class: 'stacked-form', id: 'transition-form',
        onsubmit: event => {
            event.preventDefault();
            const to = new FormData(event.target).get('to');
            const requirement = requirementOf(claim, to);
            const body = { to };
            if (requirement) {
                body[requirement] = explanation.value.trim();
            }
            attempt(etag => request(`/claims/${claim.id}/transitions`, { method: 'POST', ifMatch: etag, body }),
                t('claim.moved', { status: t(`status.${to}`) }), problem);
        }
    },
    h('fieldset', {}, h('legend', { text: t('claim.move') }), h('div', { class: 'radio-group' }, options)),
    explanationField,
    problem,
    h('button', { type: 'submit', class: 'button button-primary', id: 'submit-transition' },
        t('claim.submitTransition')));
    showRequirement(targets.length === 1 ? targets[0] : null);
    return form;
}

/** Edits what the claim says and who said it (a merge patch). */
export function editForm(claim, attempt) {
    const input = (name, value, attributes = {}) => h('input', {
        id: `edit-${name}`, name, type: 'text', value: value ?? '', ...attributes
    });
    const claimReviewed = input('claimReviewed', claim.claimReviewed, { maxlength: '140', required: true });
    const claimant = input('claimant', claim.claimant);
    const source = input('source', claim.source);
    const problem = h('div', { role: 'alert', class: 'form-problem' });
    return h('form', {
        class: 'stacked-form', id: 'edit-form',
        onsubmit: event => {
            event.preventDefault();
            const patch = {
                claimReviewed: claimReviewed.value.trim(),
                claimant: claimant.value.trim() || null,
                source: source.value.trim() || null
            };
            attempt(etag => request(`/claims/${claim.id}`, {
                method: 'PATCH', contentType: MERGE_PATCH, ifMatch: etag, body: patch
            }), t('claim.saved'), problem);
        }
    },
    field(t('claim.claimReviewed'), claimReviewed),
    field(t('claim.claimant'), claimant),
    field(t('claim.source'), source),
    problem,
    h('button', { type: 'submit', class: 'button', id: 'save-edit' }, t('claim.save')));
}
