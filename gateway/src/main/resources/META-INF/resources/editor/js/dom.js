/**
 * Builds elements without innerHTML, so text from the API can never become markup.
 * Attributes: 'class', 'text', 'on<event>' handlers, booleans (true adds, false omits), everything else as is.
 */
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'text') {
            element.textContent = value;
        } else if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2).toLowerCase(), value);
        } else if (value === true) {
            element.setAttribute(name, '');
        } else {
            element.setAttribute(name, value);
        }
    }
    appendAll(element, children);
    return element;
}

/** Appends nodes and text, skipping null, undefined and false so optional parts can be written inline. */
export function append(element, ...children) {
    appendAll(element, children);
}

function appendAll(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

export function replaceChildren(element, ...children) {
    element.replaceChildren();
    appendAll(element, children);
}

const announcer = () => document.getElementById('announcer');

/** Tells screen reader users about a change that happened outside their focus. */
export function announce(message) {
    const region = announcer();
    region.textContent = '';
    window.setTimeout(() => { region.textContent = message; }, 50);
}
