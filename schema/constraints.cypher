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

// Full text over names, aliases, statement text and event labels, for the `search` field.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Actor|Statement|Event)
ON EACH [n.name, n.aliasText, n.text, n.label];
