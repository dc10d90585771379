package no.newsroom.claims.rest;

final class Languages {

    /** Language subtag with optional script/region/variant subtags: nb, en, en-GB, zh-Hant-TW. */
    static final String BCP47 = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";

    private Languages() {
    }
}
