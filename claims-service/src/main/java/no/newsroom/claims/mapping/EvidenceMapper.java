package no.newsroom.claims.mapping;

import no.newsroom.claims.domain.EvidenceDraft;
import no.newsroom.claims.model.Evidence;
import no.newsroom.claims.rest.EvidenceRequest;
import no.newsroom.claims.rest.EvidenceResponse;

public final class EvidenceMapper {

    private EvidenceMapper() {
    }

    public static EvidenceDraft toDraft(EvidenceRequest request) {
        return new EvidenceDraft(request.type(),
                request.url() == null || request.url().isBlank() ? null : request.url().strip(),
                request.description().strip(), request.independent());
    }

    public static EvidenceResponse toResponse(Evidence evidence) {
        return new EvidenceResponse(evidence.id, evidence.claimId, evidence.type, evidence.url, evidence.description,
                evidence.independent, evidence.addedBy, evidence.addedAt, evidence.reliedOn,
                evidence.supersededAt != null, evidence.supersededAt, evidence.supersededBy, evidence.supersedeReason,
                evidence.takenFrom);
    }
}
