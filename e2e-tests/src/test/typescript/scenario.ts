// The editorial scenario as a client app written in TypeScript would run it, with nothing but the client
// OpenAPI Generator (typescript-fetch) makes from the committed API document. StrictClientsIT compiles it with
// tsc --strict, so every field the document marks required must type as present and every nullable one as
// `T | null`; it then runs it with node against Prism's validating proxy. Exits non-zero on the first mismatch.
import {
    Article,
    ArticlesApi,
    Block,
    Claim,
    ClaimsApi,
    Configuration,
    EvidenceDraftTypeEnum,
    HistoryEntry,
    ResponseError,
} from '../../../target/generated-test-sources/typescript-client';

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

const TITLE = 'Kontrakt (TypeScript): Ukraina melder fire russiske fly skutt ned';
const AIRCRAFT_SENTENCE = 'Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre '
    + 'helikoptre, det siste døgnet.';
const ARTICLE_TEXT = 'Fragmenter fra en russisk missil, som ble skutt ned av ukrainske styrker, skal ha truffet et '
    + 'område med boligblokker i Kyiv.\n\n' + AIRCRAFT_SENTENCE + ' Det er ikke bekreftet av uavhengige kilder.\n';
const CLAIM_REVIEWED = 'Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre';
const RATIONALE = 'Reuters bekrefter nedskytingene med satellittbilder fra to av stedene.';

function required(name: string): string {
    const value = process.env[name];
    if (value === undefined || value === '') {
        throw new Error(`${name} is not set`);
    }
    return value;
}

const baseUrl = required('NEWSROOM_API_URL');

function configuration(token?: string): Configuration {
    return new Configuration({ basePath: baseUrl.replace(/\/+$/, ''), accessToken: token });
}

function expectEqual<T>(actual: T, expected: T, what: string): void {
    if (actual !== expected) {
        throw new Error(`${what}: expected ${JSON.stringify(expected)} but was ${JSON.stringify(actual)}`);
    }
}

function expectTrue(condition: boolean, what: string): void {
    if (!condition) {
        throw new Error(what);
    }
}

function sleep(millis: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, millis));
}

function etag(response: { raw: Response }): string {
    const value = response.raw.headers.get('ETag');
    if (value === null) {
        throw new Error(`no ETag from ${response.raw.url}`);
    }
    return value;
}

function etagOf(version: number): string {
    return `"${version}"`;
}

/** Waits and asks again while a service cannot answer in time (503 with Retry-After); only for safe repeats. */
async function whenAvailable<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
        try {
            return await call();
        } catch (error) {
            if (!(error instanceof ResponseError) || error.response.status !== 503 || attempt === 5) {
                throw error;
            }
            await sleep(1000 * Number(error.response.headers.get('Retry-After') ?? '1'));
        }
    }
}

/** Readers see a claim once claims-service has read the article's publication from the articles feed. */
async function whenVisibleToReaders<T>(read: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
        try {
            return await read();
        } catch (error) {
            if (!(error instanceof ResponseError) || error.response.status !== 404 || Date.now() > deadline) {
                throw error;
            }
            await sleep(500);
        }
    }
}

function blockWithText(article: Article, text: string): Block {
    const block = article.blocks.find(candidate => candidate.text !== null && candidate.text.includes(text));
    if (block === undefined) {
        throw new Error(`no block with ${text}`);
    }
    return block;
}

function claimBy(claims: Claim[], claimant: string): Claim {
    const claim = claims.find(candidate => candidate.claimant === claimant);
    if (claim === undefined) {
        throw new Error(`no claim by ${claimant} in ${JSON.stringify(claims)}`);
    }
    return claim;
}

async function importAndPublish(articles: ArticlesApi): Promise<Article> {
    const importKey = crypto.randomUUID();
    const imported = await whenAvailable(() => articles.importArticleRaw(
        { language: 'nb', title: TITLE, body: ARTICLE_TEXT, idempotencyKey: importKey }));
    expectEqual(imported.raw.status, 201, 'import status');
    const draft = await imported.value();
    expectEqual(draft.title, TITLE, 'title');
    expectEqual(draft.status, 'DRAFT', 'status after import');
    expectEqual(draft.publishedAt, null, 'publishedAt of a draft');

    const published = await articles.publishArticleRaw({ id: draft.id, ifMatch: etag(imported) });
    const article = await published.value();
    expectEqual(article.status, 'PUBLISHED', 'status after publishing');
    expectTrue(article.publishedAt instanceof Date, 'publishedAt is set once published');
    expectEqual(etag(published), etagOf(article.version), 'ETag of the published article');
    return article;
}

function assertHistory(history: HistoryEntry[]): void {
    const steps = history.map(entry => `${entry.actor} ${entry.action} ${entry.from}->${entry.to}`);
    for (const step of ['kari transitioned UNVERIFIED->IN_REVIEW', 'kari transitioned IN_REVIEW->CONFIRMED',
        'ola approved IN_REVIEW->CONFIRMED']) {
        expectTrue(steps.includes(step), `history lacks "${step}": ${steps.join(', ')}`);
    }
    const verdict = history.find(entry => entry.to === 'CONFIRMED' && entry.action === 'transitioned');
    expectEqual(verdict?.reason, RATIONALE, 'reason of the verdict in the history');
    expectTrue(history.some(entry => entry.action === 'evidence.added'), 'history lists the evidence');
}

async function main(): Promise<void> {
    const editorArticles = new ArticlesApi(configuration(required('EDITOR_TOKEN')));
    const editorClaims = new ClaimsApi(configuration(required('EDITOR_TOKEN')));
    const kari = new ClaimsApi(configuration(required('VERIFIER_TOKEN')));
    const ola = new ClaimsApi(configuration(required('SECOND_VERIFIER_TOKEN')));
    const anonymous = new ClaimsApi(configuration());

    // Given an article imported from plain text and published by an editor
    const article = await importAndPublish(editorArticles);
    const paragraph = blockWithText(article, AIRCRAFT_SENTENCE);

    // When its claims are extracted, assigned to kari and sharpened by the editor
    const extraction = await whenAvailable(() => editorArticles.extractArticleClaims({ id: article.id }));
    expectEqual(extraction.articleId, article.id, 'articleId of the extraction');
    expectEqual(extraction.created, extraction.claims.length, 'claims created by the first extraction');
    const extracted = claimBy(extraction.claims, 'Ukrainske myndigheter');
    const claimId: string = extracted.id;
    expectEqual(extracted.status, 'UNVERIFIED', 'status of an extracted claim');
    expectEqual(extracted.anchor.blockId, paragraph.id, 'anchor block');
    expectEqual(paragraph.text?.substring(extracted.anchor.start, extracted.anchor.end), extracted.anchor.quote,
        'anchored quote');
    expectEqual(extracted.quantities.map(quantity => quantity.value).join(','), '4,3', 'quantities');
    expectEqual(extracted.quantities[1].partOf, 0, 'the helicopters are part of the aircraft');
    expectEqual(extracted.assignee, null, 'assignee before assigning');

    const assigned = await editorClaims.patchClaimRaw({ id: claimId, ifMatch: etagOf(extracted.version),
        claimPatch: { assignee: 'kari', claimReviewed: CLAIM_REVIEWED } });
    const assignedClaim = await assigned.value();
    expectEqual(assignedClaim.assignee, 'kari', 'assignee');
    expectEqual(assignedClaim.claimReviewed, CLAIM_REVIEWED, 'claimReviewed');

    // and kari takes it into review, adds independent evidence and proposes CONFIRMED
    const inReview = await kari.transitionClaimRaw({ id: claimId, ifMatch: etag(assigned),
        transition: { to: 'IN_REVIEW' } });
    expectEqual((await inReview.value()).publicStatus, 'IN_REVIEW', 'public status in review');

    const evidence = await kari.addClaimEvidenceRaw({ id: claimId, idempotencyKey: crypto.randomUUID(),
        evidenceDraft: { type: EvidenceDraftTypeEnum.IndependentReport,
            url: 'https://www.reuters.com/world/europe/kyiv-aircraft',
            description: 'Reuters bekrefter nedskytingene med satellittbilder', independent: true } });
    expectEqual(evidence.raw.status, 201, 'evidence status');
    const added = await evidence.value();
    expectEqual(added.addedBy, 'kari', 'evidence addedBy');
    expectEqual(added.independent, true, 'evidence independent');

    const current = await kari.getClaim({ id: claimId });
    expectTrue(current.allowedTransitions !== null, 'a verifier reading the claim gets the staff view');
    const proposed = await kari.transitionClaimRaw({ id: claimId, ifMatch: etagOf(current.version),
        transition: { to: 'CONFIRMED', rationale: RATIONALE } });
    const proposal = await proposed.value();
    expectEqual(proposal.status, 'CONFIRMED', 'proposed status');
    expectEqual(proposal.publicStatus, 'IN_REVIEW', 'public status while proposed');
    expectEqual(proposal.pendingApproval, true, 'pending approval');
    expectEqual(proposal.proposedBy, 'kari', 'proposer');
    expectEqual(proposal.mayApprove, false, 'the proposer may not approve');

    // and ola, a second verifier, approves it
    const approved = await (await ola.approveClaimRaw({ id: claimId, ifMatch: etag(proposed) })).value();
    expectEqual(approved.publicStatus, 'CONFIRMED', 'public status once approved');
    expectEqual(approved.pendingApproval, false, 'pending approval once approved');

    // Then an anonymous client reads the approved verdict, its history and its ClaimReview
    const publicView = await whenVisibleToReaders(() => anonymous.getClaim({ id: claimId }));
    expectEqual(publicView.status, 'CONFIRMED', 'status readers see');
    expectEqual(publicView.verdictRationale, RATIONALE, 'rationale readers see');
    expectEqual(publicView.proposedBy, null, 'proposer hidden from readers');
    expectEqual(publicView.allowedTransitions, null, 'no transitions for readers');

    assertHistory((await kari.getClaimHistory({ id: claimId })).items);

    const review = await anonymous.getClaimReview({ id: claimId });
    expectEqual(review.atType, 'ClaimReview', '@type');
    expectEqual(review.claimReviewed, CLAIM_REVIEWED, 'claimReviewed of the ClaimReview');
    expectTrue(review.url.endsWith(claimId), `ClaimReview url ${review.url}`);
    expectEqual(review.reviewRating.alternateName, 'Bekreftet', 'the verdict in the claim\'s language (nb)');
    console.log(`TypeScript client scenario passed for claim ${claimId}`);
}

main().catch(async error => {
    const body = error instanceof ResponseError ? ` ${error.response.status} ${await error.response.text()}` : '';
    console.error(`TypeScript client scenario failed: ${error instanceof Error ? error.stack : error}${body}`);
    process.exitCode = 1;
});
