package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// rankPostgres is searchRanked on PostgreSQL: the articles that hold every
// term and pass q's filters (those with ids from minID on, when the rank
// window applies), ranked by bm25 as SQLite's FTS5 computes it (see bm25),
// best first and newest first among equals, and paged by q.Limit and
// q.Offset. PostgreSQL finds the candidates through its full-text index
// and reads their term counts; the arithmetic is done here, so that both
// backends order the same hits the same way.
func (s *Store) rankPostgres(ctx context.Context, q SearchQuery, qterms []string, minID int64) ([]ranked, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	offset := max(q.Offset, 0)

	st, err := s.bm25Stats(ctx, qterms)
	if err != nil {
		return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
	}
	// For each term, its place in the article's sorted terms (1-based),
	// then its counts there.
	var pos, tf strings.Builder
	args := make([]any, 0, len(qterms)+8)
	for i, t := range qterms {
		fmt.Fprintf(&pos, `, array_position(f.terms, ?::text) AS p%d`, i)
		fmt.Fprintf(&tf, `, x.title_tf[x.p%d], x.text_tf[x.p%d]`, i, i)
		args = append(args, t)
	}
	filter, fargs := searchFilter(q)
	join := ""
	if filter != "" {
		join = ` JOIN articles a ON a.id = f.article_id`
	}
	table := `articles_fts`
	if minID > 0 {
		floor, err := s.recentFloor(ctx)
		if err != nil {
			return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
		}
		if floor > 0 && minID >= floor {
			table = `fts_recent` // the same rows, a smaller index (migration 0011)
		}
	}
	args = append(args, tsQuery(qterms))
	window := ""
	if minID > 0 {
		window = ` AND f.article_id >= ?`
		args = append(args, minID)
	}
	args = append(args, fargs...)
	query := `SELECT x.article_id, x.length` + tf.String() + ` FROM (
		SELECT f.article_id, f.length, f.title_tf, f.text_tf` + pos.String() + `
		FROM ` + table + ` f` + join + `
		WHERE marsad_terms(f.terms) @@ ?::tsquery` + window + filter + `) x`
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
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
			return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
		}
		for i := range freq {
			freq[i] = float64(counts[2*i])*titleWeight + float64(counts[2*i+1])*textWeight
		}
		out = append(out, ranked{id: id, score: st.score(freq, float64(length))})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
	}
	slices.SortFunc(out, func(a, b ranked) int {
		if a.score != b.score {
			if a.score < b.score {
				return -1
			}
			return 1
		}
		if a.id > b.id {
			return -1
		}
		if a.id < b.id {
			return 1
		}
		return 0
	})
	return out[min(offset, len(out)):min(offset+limit, len(out))], nil
}

// bm25Stats are the collection's statistics that bm25 weighs a query's
// terms by.
type bm25Stats struct {
	idf   []float64 // per query term
	avgdl float64   // terms per article
}

// bm25Stats reads the number of indexed articles and of their terms
// (kept in fts_stats) and the number of articles holding each term (kept
// in fts_terms), and computes the inverse document frequencies as FTS5
// does.
func (s *Store) bm25Stats(ctx context.Context, qterms []string) (bm25Stats, error) {
	var rows, tokens int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(rows), 0), coalesce(sum(tokens), 0) FROM fts_stats`).
		Scan(&rows, &tokens); err != nil {
		return bm25Stats{}, err
	}
	st := bm25Stats{idf: make([]float64, len(qterms))}
	if rows > 0 {
		st.avgdl = float64(tokens) / float64(rows)
	}
	docs, err := s.termDocs(ctx, qterms)
	if err != nil {
		return bm25Stats{}, err
	}
	for i, t := range qterms {
		st.idf[i] = bm25IDF(rows, docs[t])
	}
	return st, nil
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

// recentIDs is how many of the newest ids fts_recent covers (migration
// 0011).
const recentIDs = 100000

// recentFloor returns the smallest article id of fts_recent: every indexed
// article with an id from it on is there too. 0 when it is empty.
func (s *Store) recentFloor(ctx context.Context) (int64, error) {
	var floor int64
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(min(article_id), 0) FROM fts_recent`).Scan(&floor)
	return floor, err
}

// rankWindowPostgres is rankWindow on PostgreSQL, with the same answers
// (see rankWindow). The counts of terms are read from fts_terms. The
// limit-th newest match is looked for among the newest articles first, in
// a window of ids that grows fourfold until it holds limit matches or the
// whole store; a window within the newest articles is searched in their
// small index, fts_recent (migration 0011).
func (s *Store) rankWindowPostgres(ctx context.Context, q SearchQuery, qterms []string, limit int) (total int, cutoff int64, err error) {
	filter, fargs := searchFilter(q)
	var rows, maxID int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(rows), 0), (SELECT coalesce(max(article_id), 0) FROM articles_fts) FROM fts_stats`).
		Scan(&rows, &maxID); err != nil {
		return 0, 0, err
	}
	floor, err := s.recentFloor(ctx)
	if err != nil {
		return 0, 0, err
	}
	width := int64(4 * limit)
	if filter == "" {
		docs, err := s.termDocs(ctx, qterms)
		if err != nil {
			return 0, 0, err
		}
		rarest := docs[qterms[0]]
		for _, t := range qterms[1:] {
			rarest = min(rarest, docs[t])
		}
		counted := len(qterms) == 1 || rarest <= s.countLimitOf()
		switch {
		case len(qterms) == 1:
			total = int(rarest)
		case counted:
			m := s.ftsMatch(qterms)
			if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+m.from+` WHERE `+m.where, m.arg).Scan(&total); err != nil {
				return 0, 0, err
			}
		}
		if counted && total <= limit {
			return total, 0, nil
		}
		if rarest <= int64(limit) { // no more matches than the rarest term has
			return total, 0, nil
		}
		// Matches are spread over the ids about evenly: a window that
		// should hold limit of them, with a margin.
		est := max(int64(total), 1)
		if total == 0 {
			est = rarest / 2 // uncounted: somewhere below the rarest term's count
		}
		width = int64(float64(limit)*float64(rows)/float64(est)*1.25) + 1000
	}
	for {
		lo := max(maxID-width, 0)
		m := s.ftsMatch(qterms)
		if floor > 0 && lo+1 >= floor {
			m = pgMatch(`fts_recent`, qterms)
		}
		join := ""
		if filter != "" {
			join = ` JOIN articles a ON a.id = ` + m.id
		}
		args := append(append([]any{m.arg, lo}, fargs...), limit-1)
		err := s.db.QueryRowContext(ctx, `SELECT `+m.id+` FROM `+m.from+join+`
			WHERE `+m.where+` AND `+m.id+` > ?`+filter+` ORDER BY `+m.id+` DESC LIMIT 1 OFFSET ?`, args...).Scan(&cutoff)
		switch {
		case err == nil:
			return total, cutoff, nil
		case !errors.Is(err, sql.ErrNoRows):
			return 0, 0, err
		case lo == 0: // the whole store holds fewer than limit
			return total, 0, nil
		}
		width *= 4
	}
}

// pgMatch is ftsMatch on PostgreSQL over table (articles_fts or
// fts_recent).
func pgMatch(table string, qterms []string) ftsMatchSQL {
	return ftsMatchSQL{from: table, id: table + `.article_id`,
		where: `marsad_terms(` + table + `.terms) @@ ?::tsquery`, arg: tsQuery(qterms)}
}
