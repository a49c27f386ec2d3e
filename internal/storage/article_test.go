package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// testArticle returns an Arabic article at url with the given text.
func testArticle(url, text string) *model.Article {
	return &model.Article{
		URL:   url,
		Title: "عنوان " + url,
		Lang:  "ar",
		Site:  "example.com",
		Text:  text,
	}
}

// countRows returns the number of rows of the articles table and of its
// full-text index.
func countRows(t *testing.T, s *Store) (articles, fts int) {
	t.Helper()
	if err := s.db.QueryRow(`SELECT count(*) FROM articles`).Scan(&articles); err != nil {
		t.Fatal(err)
	}
	if err := s.db.QueryRow(`SELECT count(*) FROM articles_fts`).Scan(&fts); err != nil {
		t.Fatal(err)
	}
	return articles, fts
}

// checkIntegrity runs the backend's integrity checks: SQLite's and FTS5's
// on SQLite; on PostgreSQL, that every article has the index document its
// title and text make, and that the bm25 statistics add up.
func checkIntegrity(t *testing.T, s *Store) {
	t.Helper()
	if s.db.dialect == postgresDialect {
		checkPostgresIndex(t, s)
		return
	}
	var res string
	if err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("PRAGMA integrity_check = %q, %v; want ok", res, err)
	}
	if _, err := s.db.Exec(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("FTS5 integrity-check: %v", err)
	}
	var orphans int
	if err := s.db.QueryRow(`SELECT count(*) FROM articles_fts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.rowid)`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 {
		t.Errorf("%d full-text rows without an article", orphans)
	}
}

// checkPostgresIndex checks PostgreSQL's full-text table against the
// articles, and (through VerifyRollups) its statistics against the table.
func checkPostgresIndex(t *testing.T, s *Store) {
	t.Helper()
	rows, err := s.db.Query(`SELECT a.id, a.title, a.text, f.terms::text, f.title_tf::text, f.text_tf::text, f.length
		FROM articles a LEFT JOIN articles_fts f ON f.article_id = a.id ORDER BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var title, text string
		var terms, titleTF, textTF sql.NullString
		var length sql.NullInt64
		if err := rows.Scan(&id, &title, &text, &terms, &titleTF, &textTF, &length); err != nil {
			t.Fatal(err)
		}
		d := s.ftsDoc(title, text)
		var want [3]string
		for i, v := range []any{d.terms, d.titleTF, d.textTF} {
			var got string
			cast := `SELECT (?::integer[])::text`
			if i == 0 {
				cast = `SELECT (?::text[])::text`
			}
			if err := s.db.QueryRow(cast, v).Scan(&got); err != nil {
				t.Fatal(err)
			}
			want[i] = got
		}
		got := [3]string{terms.String, titleTF.String, textTF.String}
		if got != want || length.Int64 != int64(d.length) {
			t.Errorf("article %d: index document %v (length %d), want %v (length %d)", id, got, length.Int64, want, d.length)
		}
	}
	var orphans int64
	if err := s.db.QueryRow(`SELECT count(*) FROM articles_fts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.article_id)`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 {
		t.Errorf("%d full-text rows without an article", orphans)
	}
	if err := s.VerifyRollups(context.Background()); err != nil { // fts_stats, fts_terms, fts_recent
		t.Error(err)
	}
}

func TestSaveArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := &model.Article{
		URL:          "https://www.independentarabia.com/node/1?utm_source=x",
		CanonicalURL: "HTTPS://www.IndependentArabia.com/node/1#top",
		Title:        "النسخة السوفياتية لبوتين",
		Description:  "الرئيس الروسي يتمسك بنهج بطرس الأعظم",
		Byline:       "سامي عمارة",
		Published:    time.Date(2025, 10, 11, 9, 30, 15, 123, time.FixedZone("AST", 3*3600)),
		Lang:         "ar",
		Site:         "اندبندنت عربية",
		Text:         "طوى الرئيسان بوتين وعلييف صفحة تحطم الطائرة.\n\nوتعانق الرئيسان.",
		Fetched:      time.Date(2025, 10, 12, 1, 2, 3, 0, time.UTC),
		Format:       "html",
	}
	res, err := s.SaveArticle(ctx, a)
	if err != nil {
		t.Fatalf("SaveArticle: %v", err)
	}
	if res.Outcome != Inserted || res.ID == 0 || a.ID != res.ID {
		t.Fatalf("SaveArticle = %+v, a.ID = %d; want Inserted with a.ID set", res, a.ID)
	}
	if want := ContentHash(a.Text); a.Hash != want {
		t.Errorf("a.Hash = %q, want ContentHash %q", a.Hash, want)
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	want := *a
	want.CanonicalURL = "https://www.independentarabia.com/node/1"
	want.Published = a.Published.UTC().Truncate(time.Second)
	if *got != want {
		t.Errorf("Article(%d) =\n%+v\nwant\n%+v", a.ID, *got, want)
	}

	if _, err := s.Article(ctx, a.ID+100); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(missing) error = %v, want ErrNotFound", err)
	}
}

func TestSaveArticleOutcomes(t *testing.T) {
	const (
		url  = "https://example.com/news/1"
		text = "قال الرئيس إن المحادثات كانت مثمرة."
	)
	type step struct {
		article *model.Article
		want    Outcome
		sameID  bool // same id as the first article
	}
	withCanonical := func(a *model.Article, c string) *model.Article { a.CanonicalURL = c; return a }
	withHash := func(a *model.Article, h string) *model.Article { a.Hash = h; return a }
	tests := []struct {
		name     string
		steps    []step
		wantRows int
	}{
		{"same article twice", []step{
			{testArticle(url, text), Inserted, true},
			{testArticle(url, text), Unchanged, true},
		}, 1},
		{"same text, other white space", []step{
			{testArticle(url, text), Inserted, true},
			{testArticle(url, "  "+text+"\n\n"), Unchanged, true},
		}, 1},
		{"same text under another URL", []step{
			{testArticle(url, text), Inserted, true},
			{testArticle("https://mirror.example.org/x", text), Unchanged, true},
		}, 1},
		{"same URL spelled differently, new text", []step{
			{testArticle(url, text), Inserted, true},
			{testArticle("HTTPS://EXAMPLE.COM:443/news/1?utm_source=rss#c", text+" وأضاف."), Updated, true},
		}, 1},
		{"canonical URL names the article", []step{
			{withCanonical(testArticle("https://m.example.com/1", text), url), Inserted, true},
			{withCanonical(testArticle("https://amp.example.com/1", text+" تحديث"), url), Updated, true},
		}, 1},
		{"other URL, other text", []step{
			{testArticle(url, text), Inserted, true},
			{testArticle("https://example.com/news/2", text+" خبر آخر"), Inserted, false},
		}, 2},
		{"site-root canonical URL is not an identity", []step{
			{withCanonical(testArticle("https://example.com/news/1", text), "https://example.com/"), Inserted, true},
			{withCanonical(testArticle("https://example.com/news/2", text+" خبر آخر"), "https://example.com/"), Inserted, false},
		}, 2},
		{"file names are not identities", []step{
			{testArticle("article.txt", text), Inserted, true},
			{testArticle("article.txt", text+" آخر"), Inserted, false},
		}, 2},
		{"no URL: identity by hash only", []step{
			{testArticle("", text), Inserted, true},
			{testArticle("", text), Unchanged, true},
			{testArticle("", text+" آخر"), Inserted, false},
		}, 2},
		{"caller's hash is trusted", []step{
			{withHash(testArticle(url, text), "h1"), Inserted, true},
			{withHash(testArticle("https://example.com/other", "نص آخر تماما"), "h1"), Unchanged, true},
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := newStore(t)
			var firstID int64
			for i, st := range tt.steps {
				res, err := s.SaveArticle(ctx, st.article)
				if err != nil {
					t.Fatalf("step %d: SaveArticle: %v", i, err)
				}
				if i == 0 {
					firstID = res.ID
				}
				if res.Outcome != st.want {
					t.Errorf("step %d: outcome = %v, want %v", i, res.Outcome, st.want)
				}
				if (res.ID == firstID) != st.sameID {
					t.Errorf("step %d: id = %d, first id = %d, want same=%v", i, res.ID, firstID, st.sameID)
				}
				if st.article.ID != res.ID {
					t.Errorf("step %d: a.ID = %d, want %d", i, st.article.ID, res.ID)
				}
			}
			if n, fts := countRows(t, s); n != tt.wantRows || fts != tt.wantRows {
				t.Errorf("rows: articles %d, fts %d; want %d each", n, fts, tt.wantRows)
			}
			checkIntegrity(t, s)
		})
	}
}

func TestSaveArticleUpdateReindexes(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := testArticle("https://example.com/live", "انطلقت القمة في دوشنبه صباح اليوم.")
	a.Title = "قمة دوشنبه"
	if _, err := s.SaveArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	b := testArticle("https://example.com/live", "اختتمت القمة في طشقند مساء اليوم.")
	b.Title = "قمة طشقند"
	res, err := s.SaveArticle(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != Updated || res.ID != a.ID {
		t.Fatalf("second save = %+v, want Updated with id %d", res, a.ID)
	}
	for _, tt := range []struct {
		query string
		want  int
	}{
		{"طشقند", 1}, {"اختتمت", 1}, {"دوشنبه", 0}, {"انطلقت", 0},
	} {
		hits, err := s.Search(ctx, SearchQuery{Text: tt.query})
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.query, err)
		}
		if len(hits) != tt.want {
			t.Errorf("Search(%q) after update: %d hits, want %d", tt.query, len(hits), tt.want)
		}
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != b.Text || got.Title != b.Title || got.Hash != ContentHash(b.Text) {
		t.Errorf("after update Article = %q %q %s, want the new version", got.Title, got.Text, got.Hash)
	}
	// The old text is gone; saving it again is a new version, not Unchanged.
	res, err = s.SaveArticle(ctx, testArticle("https://example.com/live", a.Text))
	if err != nil || res.Outcome != Updated {
		t.Errorf("saving the old text again = %+v, %v; want Updated", res, err)
	}
	checkIntegrity(t, s)
}

func TestSaveArticlesBatch(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	s.batchSize = 4
	var as []*model.Article
	for i := range 10 {
		as = append(as, testArticle(fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("نص المقال رقم %d", i)))
	}
	as = append(as, testArticle("https://example.com/dup", as[0].Text)) // same text as the first
	as = append(as, testArticle("https://example.com/3", "نص جديد للمقال الثالث"))

	rs, err := s.SaveArticles(ctx, as)
	if err != nil {
		t.Fatalf("SaveArticles: %v", err)
	}
	if len(rs) != len(as) {
		t.Fatalf("got %d results, want %d", len(rs), len(as))
	}
	for i := range 10 {
		if rs[i].Outcome != Inserted || as[i].ID != rs[i].ID {
			t.Errorf("article %d: %+v (a.ID %d), want Inserted", i, rs[i], as[i].ID)
		}
	}
	if rs[10].Outcome != Unchanged || rs[10].ID != rs[0].ID {
		t.Errorf("duplicate text: %+v, want Unchanged with id %d", rs[10], rs[0].ID)
	}
	if rs[11].Outcome != Updated || rs[11].ID != rs[3].ID {
		t.Errorf("same URL in the same batch: %+v, want Updated with id %d", rs[11], rs[3].ID)
	}
	if n, fts := countRows(t, s); n != 10 || fts != 10 {
		t.Errorf("rows: articles %d, fts %d; want 10 each", n, fts)
	}
}

// TestSaveArticlesFailure checks that a batch that fails half-way keeps the
// transactions committed before it and leaves nothing of the failed one.
func TestSaveArticlesFailure(t *testing.T) {
	tests := []struct {
		name     string
		cancelAt int // cancel the context after this article is written; -1: never
		wantErr  error
	}{
		{"cancelled mid-transaction", 4, context.Canceled},
		{"cancelled before commit", 5, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			s.batchSize = 3 // transactions: [0 1 2] [3 4 5] [6]
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			s.afterWrite = func(i int) {
				if i == tt.cancelAt {
					cancel()
				}
			}
			var as []*model.Article
			for i := range 7 {
				as = append(as, testArticle(fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("كلمة%d في نص المقال", i)))
			}
			rs, err := s.SaveArticles(ctx, as)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("SaveArticles error = %v, want %v", err, tt.wantErr)
			}
			if len(rs) != 3 {
				t.Errorf("got %d results, want 3 (the first transaction)", len(rs))
			}
			for i, a := range as {
				if committed := i < 3; (a.ID != 0) != committed {
					t.Errorf("article %d: ID = %d, want set=%v", i, a.ID, committed)
				}
			}
			if n, fts := countRows(t, s); n != 3 || fts != 3 {
				t.Errorf("rows: articles %d, fts %d; want 3 each", n, fts)
			}
			bg := context.Background()
			for i := range as {
				hits, err := s.Search(bg, SearchQuery{Text: fmt.Sprintf("كلمة%d", i)})
				if err != nil {
					t.Fatal(err)
				}
				if want := b2i(i < 3); len(hits) != want {
					t.Errorf("Search(كلمة%d): %d hits, want %d", i, len(hits), want)
				}
			}
			checkIntegrity(t, s)

			// The store is usable afterwards, and saving the rest works.
			s.afterWrite = nil
			rs, err = s.SaveArticles(bg, as[3:6])
			if err != nil || len(rs) != 3 {
				t.Errorf("saving the rest: %d results, %v", len(rs), err)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestCrashMidTransaction kills a process in the middle of a write
// transaction and checks that the database keeps everything committed
// before, nothing of the transaction, and is not corrupt.
func TestCrashMidTransaction(t *testing.T) {
	if path := os.Getenv("MARSAD_STORAGE_CRASH_DB"); path != "" {
		crashWhileWriting(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	path := filepath.Join(t.TempDir(), "marsad.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashMidTransaction$")
	cmd.Env = append(os.Environ(), "MARSAD_STORAGE_CRASH_DB="+path)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("child: %v, want exit status 3\n%s", err, out)
	}

	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open after crash: %v", err)
	}
	defer s.Close()
	if n, fts := countRows(t, s); n != 5 || fts != 5 {
		t.Errorf("after crash: articles %d, fts %d; want the 5 committed", n, fts)
	}
	checkIntegrity(t, s)
	hits, err := s.Search(context.Background(), SearchQuery{Text: "مفقود"})
	if err != nil || len(hits) != 0 {
		t.Errorf("Search for the crashed article: %d hits, %v; want none", len(hits), err)
	}
}

// crashWhileWriting commits five articles, then exits the process while a
// second transaction is half written.
func crashWhileWriting(path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	for i := range 5 {
		if _, err := s.SaveArticle(ctx, testArticle(fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("مقال محفوظ %d", i))); err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
	}
	s.afterWrite = func(int) { os.Exit(3) }
	s.SaveArticles(ctx, []*model.Article{testArticle("https://example.com/lost", "مقال مفقود")})
	os.Exit(1)
}

func TestSaveArticlesRejects(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	s.batchSize = 3
	late := testArticle("https://example.com/late", "نص")
	late.Published = time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC)
	as := []*model.Article{
		testArticle("https://example.com/0", "نص أول"),
		nil,
		testArticle("https://example.com/2", " \n "),
		testArticle("https://example.com/3", "نص ثالث"),
		late,
		testArticle("https://example.com/5", "نص خامس"),
	}
	rs, err := s.SaveArticles(ctx, as)
	if err != nil {
		t.Fatalf("SaveArticles: %v", err)
	}
	want := []Outcome{Inserted, Rejected, Rejected, Inserted, Rejected, Inserted}
	for i, r := range rs {
		if r.Outcome != want[i] || (r.Err != nil) != (want[i] == Rejected) {
			t.Errorf("article %d: %v, %v; want %v", i, r.Outcome, r.Err, want[i])
		}
	}
	if !errors.Is(rs[2].Err, ErrNoText) || !strings.Contains(rs[2].Err.Error(), "https://example.com/2") {
		t.Errorf("article 2: Err = %v, want ErrNoText naming the URL", rs[2].Err)
	}
	if late.ID != 0 {
		t.Errorf("rejected article got ID %d", late.ID)
	}
	if n, fts := countRows(t, s); n != 3 || fts != 3 {
		t.Errorf("rows: articles %d, fts %d; want 3 each", n, fts)
	}
}

func TestSaveArticleRejects(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	tests := []struct {
		name   string
		a      *model.Article
		wantIs error
	}{
		{"nil", nil, nil},
		{"no text", testArticle("https://example.com/1", ""), ErrNoText},
		{"only white space", testArticle("https://example.com/1", " \n\t "), ErrNoText},
		{"year out of range", func() *model.Article {
			a := testArticle("https://example.com/1", "نص")
			a.Published = time.Date(20250, 1, 1, 0, 0, 0, 0, time.UTC)
			return a
		}(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.SaveArticle(ctx, tt.a)
			if err == nil {
				t.Fatalf("SaveArticle = %+v, want an error", res)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("SaveArticle error = %v, want %v", err, tt.wantIs)
			}
		})
	}
	if n, _ := s.Count(ctx); n != 0 {
		t.Errorf("Count = %d, want 0", n)
	}
}

func TestRecentAndCount(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	day := func(d int) time.Time { return time.Date(2001, 10, d, 12, 0, 0, 0, time.UTC) }
	as := []*model.Article{
		testArticle("https://example.com/old", "قديم"),
		testArticle("https://example.com/new", "جديد"),
		testArticle("https://example.com/mid", "وسط"),
		testArticle("https://example.com/undated", "بلا تاريخ"), // stored now: newest
	}
	as[0].Published, as[1].Published, as[2].Published = day(1), day(20), day(10)
	if _, err := s.SaveArticles(ctx, as); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Count(ctx); err != nil || n != 4 {
		t.Fatalf("Count = %d, %v; want 4", n, err)
	}
	tests := []struct {
		limit int
		want  []string
	}{
		{3, []string{"بلا تاريخ", "جديد", "وسط"}},
		{0, []string{"بلا تاريخ", "جديد", "وسط", "قديم"}},
		{10, []string{"بلا تاريخ", "جديد", "وسط", "قديم"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.limit), func(t *testing.T) {
			got, err := s.Recent(ctx, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, a := range got {
				texts = append(texts, a.Text)
			}
			if fmt.Sprint(texts) != fmt.Sprint(tt.want) {
				t.Errorf("Recent(%d) = %v, want %v", tt.limit, texts, tt.want)
			}
		})
	}
}

func TestReindex(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	s.batchSize = 2
	ids := seed(t, s)
	// Simulate an index made by other rules: every article indexed under
	// a term no query makes.
	del, ins := s.ftsStatements()
	for _, id := range ids {
		if _, err := s.db.Exec(del, id); err != nil {
			t.Fatal(err)
		}
		old := []any{id, "old", "old"}
		if onPostgres() {
			old = []any{id, []string{"old"}, []int32{1}, []int32{1}, 2}
		}
		if _, err := s.db.Exec(ins, old...); err != nil {
			t.Fatal(err)
		}
	}
	if hits, _ := s.Search(ctx, SearchQuery{Text: "علييف"}); len(hits) != 0 {
		t.Fatalf("before Reindex: %d hits, want 0", len(hits))
	}
	n, err := s.Reindex(ctx)
	if err != nil {
		t.Fatalf("Reindex: %v", err)
	}
	if n != len(ids) {
		t.Errorf("Reindex = %d, want %d", n, len(ids))
	}
	hits, err := s.Search(ctx, SearchQuery{Text: "علييف"})
	if err != nil || len(hits) != 2 {
		t.Errorf("after Reindex: %d hits, %v; want 2", len(hits), err)
	}
	if hits, _ := s.Search(ctx, SearchQuery{Text: "old"}); len(hits) != 0 {
		t.Errorf("after Reindex: the old terms still find %d articles", len(hits))
	}
	if a, f := countRows(t, s); a != f {
		t.Errorf("rows: articles %d, fts %d; want equal", a, f)
	}
	checkIntegrity(t, s)
}

// TestCommitAfterCancel: when a transaction's context ends, database/sql
// rolls it back on its own; Commit then says the context ended, not only
// that the transaction is done, whichever of the two came first.
func TestCommitAfterCancel(t *testing.T) {
	s := newStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	tx.Tx.Rollback() // as database/sql does when the context ends first
	if err := tx.Commit(); !errors.Is(err, context.Canceled) {
		t.Errorf("Commit after the context was cancelled = %v, want context.Canceled", err)
	}
	tx, err = s.db.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tx.Tx.Rollback()
	if err := tx.Commit(); !errors.Is(err, sql.ErrTxDone) {
		t.Errorf("Commit of a rolled-back transaction = %v, want sql.ErrTxDone", err)
	}
}
