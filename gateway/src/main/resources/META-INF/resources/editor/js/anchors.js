/**
 * Where a claim's passage is in a block's text: at the anchor's [start, end) when the quote is still there, else
 * where the quote is found now (the text was edited before it); {start: -1, end: -1} when it is gone.
 */
export function locate(text, anchor) {
    if (!anchor) {
        return { start: -1, end: -1 };
    }
    if (text.slice(anchor.start, anchor.end) === anchor.quote) {
        return { start: anchor.start, end: anchor.end };
    }
    const start = anchor.quote ? text.indexOf(anchor.quote) : -1;
    return { start, end: start < 0 ? -1 : start + anchor.quote.length };
}
