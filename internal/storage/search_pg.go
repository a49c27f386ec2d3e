package storage

import (
	"context"
	"fmt"
	"math"
	"strings"
)

// rankPostgres ranks a query on PostgreSQL with the answers of SQLite's
// rankSQLite (see it): the number of matching articles (0 when not
// counted; all of them when fewer than rankLimit match and no filter is
// given) and every article it ranks —
// those that hold every term and pass q's filters, the newest rankLimit
// of them when more match — by bm25 as SQLite's FTS5 computes it (see
// score), best first and newest first among equals. The caller pages
// them. PostgreSQL finds the candidates through its full-text index and
// reads their term counts; the arithmetic is done here.
//
// The newest rankLimit matches are looked for among the newest articles
// first, in a window of ids that grows fourfold until it holds that many
// or the whole store: the index answers for a window by intersecting its
// posting lists with the range of ids, and a window within the newest
// articles is searched in their small index, fts_recent (migration 0011):
// PostgreSQL's index reads every posting of a term, FTS5 walks them from
// the newest end and stops.
func (s *Store) rankPostgres(ctx context.Context, q SearchQuery, qterms []string) (total int, all []ranked, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("storage: search %q: %w", q.Text, err)
		}
	}()
	limit := rankLimit
	if s.rankLimit > 0 {
		limit = s.rankLimit
	}
	var rows, tokens, maxID, floor int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(rows), 0), coalesce(sum(tokens), 0),
			(SELECT coalesce(max(article_id), 0) FROM articles_fts), (SELECT coalesce(min(article_id), 0) FROM fts_recent)
		FROM fts_stats`).Scan(&rows, &tokens, &maxID, &floor); err != nil {
		return 0, nil, err
	}
	docs, err := s.termDocs(ctx, qterms)
	if err != nil {
		return 0, nil, err
	}
	st := bm25Stats{idf: make([]float64, len(qterms))}
	if rows > 0 {
		st.avgdl = float64(tokens) / float64(rows)
	}
	rarest := docs[qterms[0]]
	for i, t := range qterms {
		st.idf[i] = bm25IDF(rows, docs[t])
		rarest = min(rarest, docs[t])
	}

	filter, fargs := searchFilter(q)
	// The window: the newest limit of the matches with ids above lo
	// (of all matches when lo is 0).
	lo, width := int64(0), int64(4*limit)
	if filter == "" {
		// The total, as SQLite counts it (see countLimit).
		switch {
		case len(qterms) == 1:
			total = int(rarest)
		case rarest <= s.countLimitOf():
			m := pgMatch(`articles_fts`, qterms)
			if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+m.from+` WHERE `+m.where, m.arg).Scan(&total); err != nil {
				return 0, nil, err
			}
			if total == 0 {
				return 0, nil, nil
			}
		}
		// At most allMatches matches (counted, or bounded by the
		// rarest term) are read whole: cheaper than a window of ids,
		// whose range the index intersects with its postings, and which
		// may miss and have to grow.
		matches := rarest
		if total > 0 {
			matches = int64(total)
		}
		if matches > int64(allMatches*limit) {
			// Matches are spread over the ids about evenly: a window
			// that should hold limit of them, with a margin.
			est := int64(total)
			if est == 0 {
				est = max(rarest/2, 1) // uncounted: below the rarest term's count
			}
			width = int64(float64(limit)*float64(rows)/float64(est)*1.25) + 1000
			lo = max(maxID-width, 0)
		}
	} else {
		lo = max(maxID-width, 0)
	}
	for {
		table := `articles_fts`
		if floor > 0 && lo+1 >= floor {
			table = `fts_recent` // the same rows, a smaller index
		}
		got, err := s.candidates(ctx, table, qterms, filter, fargs, lo, limit, st)
		if err != nil {
			return 0, nil, err
		}
		if lo <= 0 || len(got) == limit {
			all = got
			break
		}
		// Too few: a window that should hold limit of them at the
		// density just seen, with a margin (fourfold when none was seen).
		if len(got) > 0 {
			width = int64(float64(width)*float64(limit)/float64(len(got))*1.5) + 1000
		} else {
			width *= 4
		}
		lo = max(maxID-width, 0)
	}
	if filter == "" && total == 0 && lo == 0 && len(all) < limit {
		total = len(all) // uncounted, but every match was seen
	}
	sortRanked(all)
	return total, all, nil
}

// candidates reads from table (articles_fts or fts_recent) the matches of
// qterms that pass filter — the newest limit of those with ids above lo
// (of all of them when lo is 0) — and scores them.
func (s *Store) candidates(ctx context.Context, table string, qterms []string, filter string, fargs []any,
	lo int64, limit int, st bm25Stats) ([]ranked, error) {
	// For each term, its place in the article's terms (1-based, found by
	// its hash in fts_counts, migration 0012), then its counts there.
	var pos, tf strings.Builder
	args := make([]any, 0, len(qterms)+len(fargs)+4)
	for i, t := range qterms {
		fmt.Fprintf(&pos, `, array_position(c.hashes, hashtextextended(?::text, 0)) AS p%d`, i)
		fmt.Fprintf(&tf, `, x.title_tf[x.p%d], x.text_tf[x.p%d]`, i, i)
		args = append(args, t)
	}
	join := ""
	if filter != "" {
		join = ` JOIN articles a ON a.id = f.article_id`
	}
	args = append(args, tsQuery(qterms))
	window := ""
	if lo > 0 {
		window = ` AND f.article_id > ?`
		args = append(args, lo)
	}
	args = append(args, fargs...)
	args = append(args, limit)
	// The counts are read for the rows the window keeps, after its sort
	// and limit: joined below them, they would be read for every match of
	// the window. The window is sorted by article_id + 0, which no index
	// has: sorted by article_id, the planner may walk the primary key
	// backwards and rebuild each row's terms to test them, where the
	// full-text index finds the matches at once.
	query := `SELECT x.article_id, x.length` + tf.String() + ` FROM (
		SELECT c.article_id, c.length, c.title_tf, c.text_tf` + pos.String() + ` FROM (
			SELECT f.article_id FROM ` + table + ` f` + join + `
			WHERE marsad_terms(f.terms) @@ ?::tsquery` + window + filter + ` ORDER BY f.article_id + 0 DESC LIMIT ?
		) w JOIN fts_counts c ON c.article_id = w.article_id) x`
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ranked
	counts := make([]int64, 2*len(qterms))
	dest := make([]any, 2+len(counts))
	var id, length int64
	dest[0], dest[1] = &id, &length
	for i := range counts {
		dest[2+i] = &counts[i]
	}
	freq := make([]float64, len(qterms))
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		for i := range freq {
			freq[i] = float64(counts[2*i])*titleWeight + float64(counts[2*i+1])*textWeight
		}
		out = append(out, ranked{id: id, score: st.score(freq, float64(length))})
	}
	return out, rows.Err()
}

// bm25Stats are the collection's statistics that bm25 weighs a query's
// terms by.
type bm25Stats struct {
	idf   []float64 // per query term
	avgdl float64   // terms per article
}

// bm25IDF is FTS5's inverse document frequency of a term held by hits of
// rows articles: log((N − n + 0.5) / (n + 0.5)), or 1e-6 where that is
// not positive (a term in more than half of the articles).
func bm25IDF(rows, hits int64) float64 {
	idf := math.Log((float64(rows-hits) + 0.5) / (float64(hits) + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	return idf
}

// score returns FTS5's bm25 of an article of length terms (title and text)
// whose weighted frequency of query term i is freq[i]: negated, so that
// lower is better, as FTS5 returns it. The operations are FTS5's, in its
// order, each rounded to float64 (explicit conversions keep the compiler
// from fusing them), so that the two backends agree to the last bit.
func (st bm25Stats) score(freq []float64, length float64) float64 {
	const k1, b = 1.2, 0.75
	score := 0.0
	for i, f := range freq {
		score = score + float64(st.idf[i]*(float64(f*(k1+1))/(f+float64(k1*(1-b+float64(b*length)/st.avgdl)))))
	}
	return float64(-1 * score)
}

// termDocs returns the number of indexed articles that hold each of terms
// (zero for a term none holds).
func (s *Store) termDocs(ctx context.Context, terms []string) (map[string]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT term, docs FROM fts_terms WHERE term = ANY (?::text[])`, terms)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	docs := make(map[string]int64, len(terms))
	for rows.Next() {
		var t string
		var n int64
		if err := rows.Scan(&t, &n); err != nil {
			return nil, err
		}
		docs[t] = n
	}
	return docs, rows.Err()
}

// allMatches: a query with at most allMatches times rankLimit matches
// ranks all of them at once on PostgreSQL rather than looking for the
// newest rankLimit in a window of ids (see rankPostgres).
const allMatches = 8

// recentIDs is how many of the newest ids fts_recent covers (migration
// 0011).
const recentIDs = 100000

// pgMatch is ftsMatch on PostgreSQL over table (articles_fts or
// fts_recent).
func pgMatch(table string, qterms []string) ftsMatchSQL {
	return ftsMatchSQL{from: table, id: table + `.article_id`,
		where: `marsad_terms(` + table + `.terms) @@ ?::tsquery`, arg: tsQuery(qterms)}
}
