-- CreateTable
CREATE TABLE "Council" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "gssCode" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "region" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "file" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "publishedOn" TEXT,
    "currentFinancialYear" INTEGER,
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Fact" (
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
    CONSTRAINT "Fact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Fact_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Council_gssCode_key" ON "Council"("gssCode");

-- CreateIndex
CREATE UNIQUE INDEX "Council_slug_key" ON "Council"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_file_key" ON "Article"("file");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Fact_councilId_metric_financialYear_idx" ON "Fact"("councilId", "metric", "financialYear");

-- CreateIndex
CREATE INDEX "Fact_scope_metric_financialYear_idx" ON "Fact"("scope", "metric", "financialYear");

-- CreateIndex
CREATE UNIQUE INDEX "Fact_articleId_start_metric_financialYear_key" ON "Fact"("articleId", "start", "metric", "financialYear");

