package no.newsroom.claims.domain;

import no.newsroom.support.auth.Roles;

import java.util.Set;

/** What a caller may change with an edit: the reported content (editors) and/or assignment fields (desk). */
public record EditRights(boolean content, boolean assignment) {

    /** Editors and admins change content; everyone who may edit a claim at all changes its assignment. */
    public static EditRights forRoles(Set<String> roles) {
        return new EditRights(roles.contains(Roles.EDITOR) || roles.contains(Roles.ADMIN), true);
    }
}
