/**
 * Statuses and evidence types for labels and filters. Which moves a claim allows is not decided here: the claims
 * service serves each claim's allowedTransitions and mayApprove, and the UI offers exactly those.
 */
export const STATUSES = ['UNVERIFIED', 'IN_REVIEW', 'CONFIRMED', 'PARTLY_CONFIRMED', 'FALSE', 'MISLEADING',
    'UNVERIFIABLE'];

export const VERDICTS = ['CONFIRMED', 'PARTLY_CONFIRMED', 'FALSE', 'MISLEADING', 'UNVERIFIABLE'];

export const EVIDENCE_TYPES = ['INDEPENDENT_REPORT', 'OFFICIAL_STATEMENT', 'DOCUMENT', 'MEDIA', 'OSINT', 'EXPERT',
    'OTHER'];

/** An article's publication states, for the article list and header. */
export const ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

export function isVerdict(status) {
    return VERDICTS.includes(status);
}

/** What a target needs besides If-Match: a verdict a rationale, a reopened verdict a reason. */
export function requirementOf(claim, target) {
    if (isVerdict(target)) {
        return 'rationale';
    }
    return isVerdict(claim.status) ? 'reason' : null;
}

export function statusClass(status) {
    return `status-${String(status).toLowerCase().replace(/_/g, '-')}`;
}
