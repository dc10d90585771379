/** The verification workflow as the claims service enforces it; the UI only offers what it would accept. */
export const STATUSES = ['UNVERIFIED', 'IN_REVIEW', 'CONFIRMED', 'PARTLY_CONFIRMED', 'FALSE', 'MISLEADING',
    'UNVERIFIABLE'];

export const VERDICTS = ['CONFIRMED', 'PARTLY_CONFIRMED', 'FALSE', 'MISLEADING', 'UNVERIFIABLE'];

export const EVIDENCE_TYPES = ['INDEPENDENT_REPORT', 'OFFICIAL_STATEMENT', 'DOCUMENT', 'MEDIA', 'OSINT', 'EXPERT',
    'OTHER'];

export function isVerdict(status) {
    return VERDICTS.includes(status);
}

export function allowedTargets(claim) {
    if (claim.withdrawnAt) {
        return [];
    }
    if (claim.status === 'UNVERIFIED') {
        return ['IN_REVIEW'];
    }
    if (claim.status === 'IN_REVIEW') {
        return [...VERDICTS];
    }
    return ['IN_REVIEW', 'UNVERIFIED'];
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
