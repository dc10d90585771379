/*
 * Keeps what an editor typed in the open view across a sign-in round trip: a session that expires sends the browser
 * to the provider and back, which reloads the page. The fields are found again by their ids once the view has
 * rendered them.
 */
const DRAFT_KEY = 'newsroom.editor.draft';
const RESTORE_WITHIN_MS = 15_000;

export function saveDraft(main, hash) {
    const fields = [...main.querySelectorAll('input[id], textarea[id], select[id]')]
        .filter(field => !['hidden', 'button', 'submit'].includes(field.type))
        .map(field => ({ id: field.id, value: field.type === 'checkbox' ? field.checked : field.value }));
    if (fields.length > 0) {
        sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ hash, fields }));
    }
}

export function restoreDraft(main, hash) {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null');
    if (!draft || draft.hash !== hash) {
        return;
    }
    sessionStorage.removeItem(DRAFT_KEY);
    const pending = new Map(draft.fields.map(field => [field.id, field.value]));
    const fill = () => {
        for (const [id, value] of pending) {
            const field = document.getElementById(id);
            if (field && main.contains(field)) {
                if (field.type === 'checkbox') {
                    field.checked = value;
                } else {
                    field.value = value;
                }
                field.dispatchEvent(new Event('input', { bubbles: true }));
                pending.delete(id);
            }
        }
        if (pending.size === 0) {
            observer.disconnect();
        }
    };
    const observer = new MutationObserver(fill);
    observer.observe(main, { childList: true, subtree: true });
    fill();
    setTimeout(() => observer.disconnect(), RESTORE_WITHIN_MS);
}
