import { locate } from '../anchors.js';
import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { describeQuantity } from '../quantities.js';
import { statusClass } from '../workflow.js';

/** The view's h1; it takes focus after navigation so keyboard and screen reader users start at the top. */
export function heading(text, attributes = {}) {
    const element = h('h1', { tabindex: '-1', class: 'page-title', ...attributes }, text);
    queueMicrotask(() => element.focus({ preventScroll: true }));
    return element;
}

export function statusBadge(status, { pending = false, id } = {}) {
    return h('span', { class: `badge ${statusClass(status)}`, 'data-status': status, id },
        h('span', { class: 'badge-dot', 'aria-hidden': 'true' }),
        t(`status.${status}`),
        pending && h('span', { class: 'badge-pending' }, ` · ${t('status.pending')}`));
}

export function loading() {
    return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

/** A failure in words; ApiErrors show the problem's detail and field errors. */
export function errorBox(error, retry) {
    const messages = error instanceof ApiError ? error.messages : [error.message];
    return h('div', { class: 'notice notice-error', role: 'alert' },
        h('p', { class: 'notice-title' }, error instanceof ApiError && error.problem?.title
            ? `${error.problem.title} (${error.status})` : t('common.error')),
        h('ul', {}, messages.map(message => h('li', { text: message }))),
        retry && h('button', { type: 'button', class: 'button', onclick: retry }, t('common.retry')));
}

export function field(label, control, { hint, id } = {}) {
    const controlId = control.id || id;
    return h('div', { class: 'field' },
        h('label', { for: controlId, text: label }),
        control,
        hint && h('p', { class: 'hint', id: `${controlId}-hint`, text: hint }));
}

/** Quantities as a tree: sub-counts (partOf = index of their parent) nested under their parent. */
export function quantityList(quantities) {
    const childrenOf = index => quantities
        .map((quantity, position) => ({ quantity, position }))
        .filter(entry => entry.quantity.partOf === index);
    const item = ({ quantity, position }) => {
        const children = childrenOf(position);
        return h('li', { 'data-quantity': position },
            h('span', { class: 'quantity' }, describeQuantity(quantity)),
            children.length > 0 && h('ul', { class: 'sub-quantities' }, children.map(item)));
    };
    const roots = quantities
        .map((quantity, position) => ({ quantity, position }))
        .filter(entry => entry.quantity.partOf === null || entry.quantity.partOf === undefined);
    return h('ul', { class: 'quantities' }, roots.map(item));
}

/** The block text with the claim's passage marked (see locate); the text alone when the passage is gone. */
export function passage(text, anchor, markAttributes = {}) {
    const { start, end } = locate(text, anchor);
    if (start < 0 || end > text.length || end <= start) {
        return [text];
    }
    return [text.slice(0, start), h('mark', markAttributes, text.slice(start, end)), text.slice(end)];
}
