package storage

import (
	"context"
	"slices"
	"unicode/utf8"
)

// maxTermBytes bounds an indexed term: PostgreSQL's full-text index takes
// lexemes of less than 2 KiB, and no word of news is longer than this. A
// longer term (a run of letters without a break) is cut at a character
// boundary, on both backends alike.
const maxTermBytes = 1000

// cutTerm returns t cut to at most maxTermBytes bytes.
func cutTerm(t string) string {
	if len(t) <= maxTermBytes {
		return t
	}
	n := maxTermBytes
	for n > 0 && !utf8.RuneStart(t[n]) {
		n--
	}
	return t[:n]
}

// ftsDoc is an article's title and text as its backend's full-text index
// holds them. SQLite's FTS5 table takes the terms joined by spaces, one
// column each, and keeps its own statistics. PostgreSQL's table takes the
// distinct terms, sorted, with how often each occurs in the title and in
// the text, and the number of terms: what bm25 needs (see bm25).
type ftsDoc struct {
	titleTerms, textTerms string // SQLite

	terms           []string // PostgreSQL
	titleTF, textTF []int32
	length          int32
}

// ftsDoc makes the index document of an article's title and text.
func (s *Store) ftsDoc(title, text string) ftsDoc {
	if s.db.dialect == sqliteDialect {
		return ftsDoc{titleTerms: s.indexTerms(title), textTerms: s.indexTerms(text)}
	}
	counts := map[string][2]int32{}
	var d ftsDoc
	for col, field := range [2]string{title, text} {
		for _, t := range s.an.Terms(field) {
			if t = ftsTerm(t); t == "" {
				continue
			}
			c := counts[t]
			c[col]++
			counts[t] = c
			d.length++
		}
	}
	d.terms = make([]string, 0, len(counts))
	for t := range counts {
		d.terms = append(d.terms, t)
	}
	slices.Sort(d.terms)
	d.titleTF = make([]int32, len(d.terms))
	d.textTF = make([]int32, len(d.terms))
	for i, t := range d.terms {
		c := counts[t]
		d.titleTF[i], d.textTF[i] = c[0], c[1]
	}
	return d
}

// ftsStatements returns the statements that remove an article from the
// full-text index and add it, in the Store's dialect.
func (s *Store) ftsStatements() (del, ins string) {
	if s.db.dialect == postgresDialect {
		return `DELETE FROM articles_fts WHERE article_id = ?`,
			`INSERT INTO articles_fts (article_id, terms, title_tf, text_tf, length) VALUES (?, ?, ?, ?, ?)`
	}
	return `DELETE FROM articles_fts WHERE rowid = ?`,
		`INSERT INTO articles_fts (rowid, title_terms, text_terms) VALUES (?, ?, ?)`
}

// index writes d as the full-text document of article id, replacing what
// the index held for it when replace is set (an article just inserted has
// nothing to replace: one statement fewer).
func (w *writer) index(ctx context.Context, id int64, d *ftsDoc, replace bool) error {
	if replace {
		if _, err := w.ftsDelete.ExecContext(ctx, id); err != nil {
			return err
		}
	}
	var err error
	if d.terms != nil || w.dialect == postgresDialect {
		terms := d.terms
		if terms == nil {
			terms = []string{}
		}
		_, err = w.ftsInsert.ExecContext(ctx, id, terms, d.titleTF, d.textTF, d.length)
	} else {
		_, err = w.ftsInsert.ExecContext(ctx, id, d.titleTerms, d.textTerms)
	}
	return err
}
