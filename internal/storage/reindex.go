package storage

import (
	"context"
	"fmt"
)

// Reindex rebuilds the full-text index of every stored article with the
// current analyzer, and returns how many articles it indexed. Run it after
// the rules of internal/terms change: until then, queries analysed by the new
// rules can miss articles indexed by the old ones. It works in transactions
// of a few hundred articles, so that searches go on meanwhile (finding each
// article under the old or the new terms); if it stops early, running it
// again finishes the work.
func (s *Store) Reindex(ctx context.Context) (int, error) {
	done := 0
	var after int64
	for {
		n, last, err := s.reindexBatch(ctx, after)
		done += n
		if err != nil {
			return done, fmt.Errorf("storage: reindex: %w", err)
		}
		if n == 0 {
			return done, nil
		}
		after = last
	}
}

// reindexBatch re-indexes up to batchSize articles with ids above after, in
// one transaction that reads and writes them (so that none can change in
// between), and returns how many it did and the last id.
func (s *Store) reindexBatch(ctx context.Context, after int64) (n int, last int64, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	defer tx.Rollback()
	docs, err := s.indexedDocs(ctx, tx, `SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
		after, max(s.batchSize, 1))
	if err != nil {
		return 0, 0, err
	}
	if len(docs) == 0 {
		return 0, after, nil
	}
	w, err := s.newWriter(ctx, tx)
	if err != nil {
		return 0, 0, err
	}
	defer w.close()
	for _, d := range docs {
		if err := w.index(ctx, d.id, &d.doc, true); err != nil {
			return 0, 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, err
	}
	return len(docs), docs[len(docs)-1].id, nil
}

// indexedDoc is an article's id with its terms as the index holds them.
type indexedDoc struct {
	id  int64
	doc ftsDoc
}

// indexedDocs runs query, whose rows are (id, title, text), in tx and
// returns the articles with their index terms.
func (s *Store) indexedDocs(ctx context.Context, tx *sqlTx, query string, args ...any) ([]indexedDoc, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var docs []indexedDoc
	for rows.Next() {
		var d indexedDoc
		var title, text string
		if err := rows.Scan(&d.id, &title, &text); err != nil {
			return nil, err
		}
		d.doc = s.ftsDoc(title, text)
		docs = append(docs, d)
	}
	return docs, rows.Err()
}
