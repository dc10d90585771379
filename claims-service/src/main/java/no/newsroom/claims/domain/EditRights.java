package no.newsroom.claims.domain;

/** What a caller may change with an edit: the reported content (editors) and/or assignment fields (desk). */
public record EditRights(boolean content, boolean assignment) {
}
