-- isnad store, schema version 8, PostgreSQL form (see ../V8__article_urls.sql for why): the
-- rows of a store made before are filled from the articles as linked, read with PostgreSQL's
-- JSON functions instead of SQLite's.
ALTER TABLE articles ADD COLUMN url TEXT;
UPDATE articles SET url = (
  SELECT j.value #>> '{article,url}'
  FROM documents d, json_array_elements(CAST(d.linked AS json) -> 'articles') j
  WHERE d.id = articles.document_id AND j.value #>> '{article,id}' = articles.id);
CREATE INDEX articles_url ON articles (url);
