// Applied by the seed (src/graph/apply-schema.ts) before any write. Every statement is idempotent.

// Identity: every node the pipeline writes has a stable, readable id.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
// "The same article": its normalised URL, or its date and full headline (src/graph/article-identity.ts).
CREATE CONSTRAINT article_identity_key IF NOT EXISTS FOR (n:Article) REQUIRE n.identityKey IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT date_claim_id IF NOT EXISTS FOR (n:DateClaim) REQUIRE n.id IS UNIQUE;

// Lookups the API filters on.
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX country_iso_code IF NOT EXISTS FOR (n:Country) ON (n.isoCode);
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.countryId);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_cameo IF NOT EXISTS FOR (n:Event) ON (n.cameo);
CREATE INDEX event_plover IF NOT EXISTS FOR (n:Event) ON (n.plover);
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE INDEX sentence_article IF NOT EXISTS FOR (n:Sentence) ON (n.articleId);
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX event_article IF NOT EXISTS FOR (n:Event) ON (n.articleId);
CREATE INDEX date_claim_article IF NOT EXISTS FOR (n:DateClaim) ON (n.articleId);
// Updating an article deletes its relations between actors: one index per relation type
// (src/extract/types.ts RELATION_KINDS; a unit test keeps the two lists equal).
CREATE INDEX accuses_article IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.articleId);
CREATE INDEX criticizes_article IF NOT EXISTS FOR ()-[r:CRITICIZES]-() ON (r.articleId);
CREATE INDEX cooperates_with_article IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.articleId);
CREATE INDEX allied_with_article IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.articleId);
CREATE INDEX member_of_article IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.articleId);
CREATE INDEX affiliated_with_article IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.articleId);
CREATE INDEX speaks_for_article IF NOT EXISTS FOR ()-[r:SPEAKS_FOR]-() ON (r.articleId);
CREATE INDEX part_of_article IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.articleId);
CREATE INDEX threatens_article IF NOT EXISTS FOR ()-[r:THREATENS]-() ON (r.articleId);

// Full text over names, aliases, statement text and event labels, for the `search` field.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Actor|Statement|Event)
ON EACH [n.name, n.aliasText, n.text, n.label];
