package no.newsroom.claims.model;

public enum EvidenceType {
    OFFICIAL_STATEMENT,
    INDEPENDENT_REPORT,
    DOCUMENT,
    MEDIA,
    OSINT,
    EXPERT,
    OTHER
}
