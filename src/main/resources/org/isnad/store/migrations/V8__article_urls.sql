-- isnad store, schema version 8: each article row keeps its url, indexed, so that a claim
-- checked against a store with the urls to consider (isnad check --claims, "urls") finds the
-- articles at those urls directly instead of only among the search's candidates. The rows of a
-- store made before are filled from the articles as linked; a digest that did not see the url
-- makes the next linking write each row again, with the same url.
ALTER TABLE articles ADD COLUMN url TEXT;
UPDATE articles SET url = (
  SELECT json_extract(j.value, '$.article.url')
  FROM documents d, json_each(d.linked, '$.articles') j
  WHERE d.id = articles.document_id AND json_extract(j.value, '$.article.id') = articles.id);
CREATE INDEX articles_url ON articles (url);
