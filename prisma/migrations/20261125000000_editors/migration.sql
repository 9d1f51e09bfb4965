-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "articleId" INTEGER,
    "factId" INTEGER,
    "detail" TEXT NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "role" TEXT,
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "impersonatedBy" TEXT,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "text" TEXT NOT NULL,
    "publishedOn" TEXT,
    "currentFinancialYear" INTEGER,
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
-- Articles stored before metadata existed: identity by hash, publisher unknown (edit or re-ingest).
INSERT INTO "new_Article" ("currentFinancialYear", "id", "publishedOn", "sha256", "slug", "text", "title", "updatedAt", "warnings", "key", "publisher", "addedBy", "addedAt") SELECT "currentFinancialYear", "id", "publishedOn", "sha256", "slug", "text", "title", "updatedAt", "warnings",
    -- Two files with the same text were two articles before: the first keeps the hash, the others add their id.
    CASE WHEN "id" = (SELECT MIN(a2."id") FROM "Article" a2 WHERE a2."sha256" = "Article"."sha256")
        THEN 'sha256:' || "sha256" ELSE 'sha256:' || "sha256" || ':' || "id" END,
    'Unknown publisher', 'command line', "ingestedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_key_key" ON "Article"("key");
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE TABLE "new_Fact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "councilId" INTEGER,
    "financialYear" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,
    "bound" TEXT NOT NULL,
    "basis" TEXT,
    "threshold" INTEGER,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'machine',
    "machineReading" TEXT,
    "evidence" TEXT,
    "status" TEXT NOT NULL DEFAULT 'unchecked',
    "reason" TEXT,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Fact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Fact_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Every stored fact was the parser's reading: it becomes the machine reading, so the review page
-- shows it and a re-ingest can keep decisions on it (lib/review/reading.ts).
INSERT INTO "new_Fact" ("articleId", "basis", "bound", "councilId", "end", "financialYear", "id", "metric", "quote", "scope", "start", "threshold", "value", "machineReading")
SELECT f."articleId", f."basis", f."bound", f."councilId", f."end", f."financialYear", f."id", f."metric", f."quote", f."scope", f."start", f."threshold", f."value",
    json_object(
        'scope', f."scope",
        'council', CASE WHEN c."id" IS NULL THEN NULL ELSE json_object('gssCode', c."gssCode", 'name', c."name") END,
        'metric', f."metric",
        'financialYear', f."financialYear",
        'value', f."value",
        'bound', f."bound",
        'basis', f."basis",
        'threshold', f."threshold"
    )
FROM "Fact" f LEFT JOIN "Council" c ON c."id" = f."councilId";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE INDEX "Fact_councilId_metric_financialYear_idx" ON "Fact"("councilId", "metric", "financialYear");
CREATE INDEX "Fact_scope_metric_financialYear_idx" ON "Fact"("scope", "metric", "financialYear");
CREATE INDEX "Fact_status_articleId_idx" ON "Fact"("status", "articleId");
CREATE UNIQUE INDEX "Fact_articleId_start_metric_financialYear_key" ON "Fact"("articleId", "start", "metric", "financialYear");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuditEntry_articleId_idx" ON "AuditEntry"("articleId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rateLimit_key_key" ON "rateLimit"("key");


-- The audit log is append-only: no row may be changed or removed.
CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
