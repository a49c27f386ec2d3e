package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/warc"
)

// run runs marsad with args and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func repoFile(t *testing.T, path string) string {
	b, err := os.ReadFile(filepath.Join("..", "..", path))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExtractJSON(t *testing.T) {
	page := repoFile(t, "samples/marsad-demo-page.html")
	dump := repoFile(t, "samples/independent-arabia-putin-aliyev-dushanbe.txt")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.html"), []byte(page), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(dump), 0o644)

	code, out, errs := run(t, "", "extract", "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line is not JSON: %v", err)
		}
		got = append(got, m)
	}
	if len(got) != 2 {
		t.Fatalf("got %d JSON lines, want 2", len(got))
	}
	for _, m := range got {
		for _, k := range []string{"url", "title", "byline", "lang", "site", "text"} {
			if _, ok := m[k]; !ok {
				t.Errorf("article lacks %q: %v", k, m)
			}
		}
	}
	if p, _ := got[0]["published"].(string); p != "2025-10-10T14:30:00+05:00" {
		t.Errorf("published = %q, want RFC 3339 2025-10-10T14:30:00+05:00", p)
	}
	if !strings.Contains(got[0]["text"].(string), "\n\n") {
		t.Errorf("paragraphs are not separated by blank lines")
	}

	// stdin with --url.
	code, out, _ = run(t, page, "extract", "--json", "--url", "https://news.example.org/x", "-")
	if code != 0 || !strings.Contains(out, `"url":"https://news.example.org/x"`) {
		t.Errorf("stdin: exit %d, out %.200s", code, out)
	}
}

func TestExtractURL(t *testing.T) {
	page := repoFile(t, "samples/marsad-demo-page.html")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	code, out, errs := run(t, "", "extract", srv.URL+"/article")
	if code != 0 || !strings.Contains(out, "قمة دوشنبه تطلق برنامج تعاون") {
		t.Errorf("exit %d, stderr %s, out %.300s", code, errs, out)
	}
}

func TestIngestSearchShow(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.html"), []byte(repoFile(t, "samples/marsad-demo-page.html")), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(repoFile(t, "samples/independent-arabia-putin-aliyev-dushanbe.txt")), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.html"), nil, 0o644)

	code, out, errs := run(t, "", "ingest", "--db", db, dir)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "ingested 2") || !strings.Contains(out, "failed 1") || !strings.Contains(out, "empty.html: empty input") {
		t.Errorf("summary = %q", out)
	}
	// Twice: nothing changes.
	_, out, _ = run(t, "", "ingest", "--db", db, dir)
	if !strings.Contains(out, "ingested 0, updated 0, unchanged 2") {
		t.Errorf("second ingest summary = %q", out)
	}
	// MARSAD_DB is read when --db is not given.
	t.Setenv("MARSAD_DB", db)
	code, out, errs = run(t, "", "search", "--json", "اذربيجان")
	if code != 0 {
		t.Fatalf("search exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("search found %d articles, want 2:\n%s", len(lines), out)
	}
	var hit struct {
		ID        int64     `json:"id"`
		URL       string    `json:"url"`
		Title     string    `json:"title"`
		Published time.Time `json:"published"`
		Snippet   string    `json:"snippet"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &hit); err != nil {
		t.Fatal(err)
	}
	if hit.ID == 0 || hit.Title == "" || !strings.Contains(hit.Snippet, "أذربيجان") {
		t.Errorf("hit = %+v", hit)
	}
	code, out, _ = run(t, "", "search", "والرئيس", "--lang", "ar")
	if code != 0 || !strings.Contains(out, "1. [") {
		t.Errorf("search with a trailing flag: exit %d, %s", code, out)
	}
	// Workers finish in any order: find the page's id by its title.
	_, out, _ = run(t, "", "search", "--json", "قمة دوشنبه تطلق برنامج")
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &hit); err != nil {
		t.Fatalf("search for the page: %v (%q)", err, out)
	}
	code, out, _ = run(t, "", "show", strconv.FormatInt(hit.ID, 10))
	if code != 0 || !strings.Contains(out, "سارة المنصوري") {
		t.Errorf("show: exit %d, %.200s", code, out)
	}
	if code, _, errs := run(t, "", "show", "99"); code != 1 || !strings.Contains(errs, "no article 99") {
		t.Errorf("show 99: exit %d, %s", code, errs)
	}
}

func TestReadCommandsRefuseMissingStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "nope.db")
	code, _, errs := run(t, "", "search", "--db", db, "x")
	if code != 1 || !strings.Contains(errs, "no store at") {
		t.Errorf("exit %d, %s", code, errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("search created a store at %s", db)
	}
}

func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errs := run(t, "", "demo", "--db", db)
	if code != 0 {
		t.Fatalf("demo exit %d: %s", code, errs)
	}
	for _, want := range []string{"ingested 2", "النسخة السوفياتية لبوتين", "marsad search اذربيجان", "أذربيجان"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalExtract(t *testing.T) {
	dir := t.TempDir()
	page := repoFile(t, "samples/marsad-demo-page.html")
	os.WriteFile(filepath.Join(dir, "demo.html"), []byte(page), 0o644)
	gold := map[string]string{
		"url":         "https://news.example.org/2025/10/10/dushanbe-summit",
		"title":       "قمة دوشنبه تطلق برنامج تعاون لأمن الحدود حتى 2030",
		"date":        "2025-10-10",
		"articleBody": "اختتمت في العاصمة الطاجيكية دوشنبه، الجمعة، قمة رابطة الدول المستقلة بالتوقيع على حزمة من الاتفاقات، أبرزها برنامج للتعاون في تعزيز أمن الحدود الخارجية للرابطة للفترة 2026-2030، وبرنامج لمكافحة الإرهاب والتطرف.",
	}
	b, _ := json.Marshal(gold)
	os.WriteFile(filepath.Join(dir, "demo.json"), b, 0o644)
	code, out, errs := run(t, "", "eval", "extract", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"pages=1", "R=1.000", "title=1.000", "date=1.000", "pages/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q: %s", want, out)
		}
	}
	if code, _, errs := run(t, "", "eval", "extract", filepath.Join(dir, "absent")); code != 1 || !strings.Contains(errs, "shared/eval") {
		t.Errorf("absent data: exit %d, %s", code, errs)
	}
}

func TestUsage(t *testing.T) {
	if code, _, errs := run(t, "", "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: exit %d, %s", code, errs)
	}
	if code, _, _ := run(t, "", "search"); code != 2 {
		t.Errorf("search without a query: exit %d, want 2", code)
	}
}

func TestAnalyzeJSON(t *testing.T) {
	text := "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا مستعدة. وأضاف بوتين أن المحادثات مع الرئيس الأذري إلهام علييف كانت مثمرة."
	code, out, errs := run(t, text, "analyze", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var an struct {
		Lang     string            `json:"lang"`
		Entities []json.RawMessage `json:"entities"`
		Quotes   []any             `json:"quotes"`
		Amounts  []any             `json:"amounts"`
		Dates    []any             `json:"dates"`
		Events   []any             `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &an); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var layers map[string]json.RawMessage
	json.Unmarshal([]byte(out), &layers)
	for _, k := range []string{"entities", "quotes", "amounts", "dates", "events"} {
		if v := strings.TrimSpace(string(layers[k])); !strings.HasPrefix(v, "[") {
			t.Errorf("%q is %s, want a list", k, v)
		}
	}
	if !strings.Contains(out, `"kind":"indirect"`) || !strings.Contains(out, `"name":"Vladimir Putin"`) {
		t.Errorf("want Putin's indirect quotation in %s", out)
	}
	if an.Lang != "ar" || len(an.Entities) == 0 {
		t.Fatalf("lang %q, %d entities", an.Lang, len(an.Entities))
	}
	var putin struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		NameAr   string `json:"name_ar"`
		Type     string `json:"type"`
		Mentions []struct {
			Start, End int
			Text       string
		} `json:"mentions"`
	}
	runes := []rune(text)
	found := false
	for _, raw := range an.Entities {
		json.Unmarshal(raw, &putin)
		if putin.Name != "Vladimir Putin" {
			continue
		}
		found = true
		if putin.Type != "PER" || len(putin.Mentions) < 3 {
			t.Errorf("Putin = %+v, want PER with the title and both names", putin)
		}
		for _, m := range putin.Mentions {
			if string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("mention %+v: offsets are not code points of the text", m)
			}
		}
	}
	if !found {
		t.Errorf("no Vladimir Putin in %s", out)
	}

	// An Article JSON is analysed by its text.
	art, _ := json.Marshal(map[string]string{"text": text, "lang": "ar"})
	if code, out, _ := run(t, string(art), "analyze", "--json", "-"); code != 0 || !strings.Contains(out, "Vladimir Putin") {
		t.Errorf("article JSON: exit %d, %.200s", code, out)
	}
	// A text that begins with a brace is text, not broken JSON.
	if code, out, errs := run(t, "{موبايلي} "+text, "analyze", "--json", "-"); code != 0 || !strings.Contains(out, "Vladimir Putin") {
		t.Errorf("text opening with a brace: exit %d, %s %.200s", code, errs, out)
	}
	// JSON that is no Article is an error that says so.
	if code, _, errs := run(t, `{"text": 5}`, "analyze", "--json", "-"); code == 0 || !strings.Contains(errs, "not an Article") {
		t.Errorf("JSON of another shape: exit %d, %s", code, errs)
	}
}

func TestAnalyzeCoNLL(t *testing.T) {
	in := "قال\nالرئيس\nفلاديمير\nبوتين\nفي\nموسكو\n\nوصل\nعلييف\n"
	code, out, errs := run(t, in, "analyze", "--conll", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 9 || lines[6] != "" {
		t.Fatalf("want 6 tokens, a blank line, 2 tokens; got %q", lines)
	}
	for _, l := range lines {
		if l == "" {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 2 || !(f[1] == "O" || strings.HasPrefix(f[1], "B-") || strings.HasPrefix(f[1], "I-")) {
			t.Errorf("line %q is not token<TAB>BIO-tag", l)
		}
	}
	if !strings.Contains(out, "بوتين\tI-PERS") && !strings.Contains(out, "بوتين\tB-PERS") {
		t.Errorf("بوتين not tagged as a person:\n%s", out)
	}
}

// TestAnalyzeCoNLLDocuments: the sentences of a CoNLL input are tagged
// together, as a document, the way the tagger is trained and scored; a
// -DOCSTART- line ends a document and comes back in its place.
func TestAnalyzeCoNLLDocuments(t *testing.T) {
	// «مرزوقي» of the first sentence is a name only in the light of the
	// second (the tagger alone leaves it O)
	doc1 := [][]string{{"وصل", "مرزوقي", "إلى", "المدينة"}, {"وقال", "الرئيس", "التونسي", "السابق", "منصف", "مرزوقي", "إن", "البلاد", "بخير"}}
	doc2 := [][]string{{"وصل", "علييف", "إلى", "باكو"}}
	var in strings.Builder
	in.WriteString("-DOCSTART- O\n\n")
	for _, s := range doc1 {
		in.WriteString(strings.Join(s, " O\n") + " O\n\n")
	}
	in.WriteString("-DOCSTART- O\n\n")
	for _, s := range doc2 {
		in.WriteString(strings.Join(s, " O\n") + " O\n\n")
	}
	code, out, errs := run(t, in.String(), "analyze", "--conll", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a, err := analyze.New()
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for _, d := range [][][]string{doc1, doc2} {
		want.WriteString("-DOCSTART-\tO\n\n")
		for k, tags := range a.Tagger().TagDocument(d) {
			for i, tag := range tags {
				want.WriteString(d[k][i] + "\t" + tag + "\n")
			}
			want.WriteString("\n")
		}
	}
	if out != want.String() {
		t.Errorf("got\n%s\nwant (the documents tagged with TagDocument)\n%s", out, want.String())
	}
	if !strings.HasPrefix(out, "-DOCSTART-\tO\n\nوصل\tO\nمرزوقي\tB-PERS\n") {
		t.Errorf("the first sentence's name is not tagged in the light of the second:\n%s", out)
	}
	if strings.Count(out, "\n") != strings.Count(in.String(), "\n") {
		t.Errorf("%d output lines for %d input lines", strings.Count(out, "\n"), strings.Count(in.String(), "\n"))
	}
	// line for line, however the blank lines and -DOCSTART- fall
	for _, in := range []string{
		"أ O\nب O\n-DOCSTART- O\nج O\n",
		"-DOCSTART- O\n\n\nأ O\n\n\nب O",
		"\nأ O\r\n\r\nب O\r\n",
	} {
		_, out, _ := run(t, in, "analyze", "--conll", "-")
		inLines, outLines := strings.Split(strings.TrimSuffix(in, "\n"), "\n"), strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(inLines) != len(outLines) {
			t.Errorf("%q: %d lines out for %d in: %q", in, len(outLines), len(inLines), out)
			continue
		}
		for i := range inLines {
			if (strings.TrimSpace(inLines[i]) == "") != (outLines[i] == "") {
				t.Errorf("%q: line %d is %q for %q", in, i+1, outLines[i], inLines[i])
			}
		}
	}
}

func TestEvalNERAndEntities(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "g.txt"), []byte("قال O\nالرئيس O\nفلاديمير B-PER\nبوتين I-PER\nفي O\nموسكو B-LOC\n\n"), 0o644)
	code, out, errs := run(t, "", "eval", "ner", filepath.Join(dir, "g.txt"))
	if code != 0 || !strings.Contains(out, "overall (PERS,LOC,ORG)") || !strings.Contains(out, "tokens/s") {
		t.Errorf("eval ner: exit %d %s %s", code, out, errs)
	}
	code, out, errs = run(t, "", "eval", "entities", "../../testdata/gold")
	if code != 0 || !strings.Contains(out, "entities: 1 documents") {
		t.Errorf("eval entities: exit %d %s %s", code, out, errs)
	}
}

func TestEntitiesAfterIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	dump := filepath.Join("..", "..", "samples", "independent-arabia-putin-aliyev-dushanbe.txt")
	if code, _, errs := run(t, "", "ingest", "-q", "--db", db, dump); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	code, out, _ := run(t, "", "entities", "--db", db, "--type", "PER", "-n", "2")
	if code != 0 || !strings.Contains(out, "Vladimir Putin") || !strings.Contains(out, "Ilham Aliyev") {
		t.Errorf("entities: exit %d\n%s", code, out)
	}
	for _, q := range []string{"Ilham Aliyev", "علييف"} {
		code, out, _ = run(t, "", "search", "--db", db, "--json", "--entity", q)
		if code != 0 || strings.Count(out, "\n") != 1 {
			t.Errorf("search --entity %q: exit %d\n%s", q, code, out)
		}
	}
	if code, _, errs := run(t, "", "search", "--db", db, "--entity", "Nobody At All"); code != 1 || !strings.Contains(errs, "no entity") {
		t.Errorf("unknown entity: exit %d %s", code, errs)
	}
}

func TestEventsQuotesAndExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	dump := filepath.Join("..", "..", "samples", "independent-arabia-putin-aliyev-dushanbe.txt")
	if code, _, errs := run(t, "", "ingest", "-q", "--db", db, dump); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	code, out, errs := run(t, "", "quotes", "--db", db, "--speaker", "Ilham Aliyev", "--json")
	if code != 0 || strings.Count(out, "\n") < 3 || !strings.Contains(out, `"name":"Ilham Aliyev"`) {
		t.Errorf("quotes --speaker: exit %d %s\n%.300s", code, errs, out)
	}
	code, out, errs = run(t, "", "events", "--db", db, "--type", "CONSULT", "--entity", "Vladimir Putin", "--json")
	if code != 0 || !strings.Contains(out, `"type":"CONSULT"`) || !strings.Contains(out, `"mentions":[`) {
		t.Errorf("events: exit %d %s\n%.300s", code, errs, out)
	}
	code, out, _ = run(t, "", "export", "events", "--db", db, "--format", "tsv")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if code != 0 || len(lines) < 3 || lines[0] != strings.Join(gdeltColumns, "\t") {
		t.Fatalf("export tsv: exit %d, %d lines, header %q", code, len(lines), lines[0])
	}
	for _, l := range lines[1:] {
		if n := len(strings.Split(l, "\t")); n != len(gdeltColumns) {
			t.Errorf("row has %d columns, want %d: %q", n, len(gdeltColumns), l)
		}
	}
	tsvRows := len(lines)
	code, out, _ = run(t, "", "export", "events", "--db", db, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != tsvRows || !slices.Equal(rows[0], gdeltColumns) {
		t.Errorf("export csv: exit %d, err %v, %d rows (tsv has %d)", code, err, len(rows), tsvRows)
	}
	for _, r := range rows[1:] {
		if len(r) != len(gdeltColumns) || r[0] == "" {
			t.Errorf("csv row %q", r)
		}
	}
	code, out, _ = run(t, "", "export", "events", "--db", db, "--format", "jsonl")
	var h struct {
		Key      string `json:"key"`
		Mentions []any  `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &h); code != 0 || err != nil || h.Key == "" || len(h.Mentions) == 0 {
		t.Errorf("export jsonl: exit %d, err %v, %+v", code, err, h)
	}
	code, out, _ = run(t, "", "show", "--db", db, "--json", "1")
	if code != 0 || !strings.Contains(out, `"analysis":{"lang":"ar","entities":[{`) || !strings.Contains(out, `"quotes":[{`) || !strings.Contains(out, `"events":[{`) {
		t.Errorf("show --json lacks the stored analysis: exit %d\n%.300s", code, out)
	}
	code, out, _ = run(t, "", "relations", "--db", db, "Vladimir Putin", "Ilham Aliyev")
	if code != 0 || !strings.Contains(out, "verbal coop") || strings.Contains(out, "no events") {
		t.Errorf("relations: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "", "export", "events", "--db", db, "--format", "xml"); code != 1 {
		t.Errorf("unknown format: exit %d, want 1", code)
	}
}

// TestIngestWARC ingests a web archive as the crawler's writer keeps it.
func TestIngestWARC(t *testing.T) {
	dir := t.TempDir()
	w, err := warc.NewWriter(dir, warc.WriterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	page := repoFile(t, "samples/marsad-demo-page.html")
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(page)) + "\r\n\r\n" + page
	if _, err := w.WriteFetch(warc.Fetch{URL: "https://news.example/dushanbe", Response: []byte(resp)}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "marsad-*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	archive := filepath.Join(dir, "x.warc.gz")
	os.Rename(files[0], archive)
	db := filepath.Join(dir, "m.db")
	code, out, errs := run(t, "", "ingest", "-q", "--db", db, archive)
	if code != 0 || !strings.Contains(out, "ingested 1, updated 0, unchanged 0, failed 0") {
		t.Fatalf("ingest exit %d: %s %s", code, out, errs)
	}
	code, out, _ = run(t, "", "search", "--db", db, "--json", "قمة دوشنبه")
	if code != 0 || !strings.Contains(out, `"url":"https://news.example/dushanbe"`) {
		t.Errorf("search: exit %d, %.300s", code, out)
	}
}

// TestEvalAnalyzePublished: a gold file's publication date reaches the
// analysis — a title in an old article names the holder of its day
// (past_holders.tsv) and is not resolved to today's holder when that day's
// is unknown (2010: Medvedev) — and a bad date is an error naming the
// file.
func TestEvalAnalyzePublished(t *testing.T) {
	text := "الرئيس الروسي يزور القاهرة\n\nوصل الرئيس الروسي إلى القاهرة أمس في زيارة رسمية."
	gold := func(published string) string {
		return `{"published": "` + published + `", "entities": [{"name": "Vladimir Putin", "type": "PER", "aliases": ["الرئيس الروسي"]}, {"name": "Cairo", "type": "GPE", "aliases": ["القاهرة"]}]}`
	}
	for _, tc := range []struct {
		published, want string
		code            int
	}{
		{"2025-10-09", "entities: 1 documents P=1.000 R=1.000", 0},
		{"2015-07-21", "entities: 1 documents P=1.000 R=1.000", 0},
		{"2010-07-21", "entities: 1 documents P=1.000 R=0.500", 0},
		{"21/07/2015", "published", 1},
	} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644)
		os.WriteFile(filepath.Join(dir, "a.gold.json"), []byte(gold(tc.published)), 0o644)
		code, out, errs := run(t, "", "eval", "analyze", dir)
		if code != tc.code || !strings.Contains(out+errs, tc.want) {
			t.Errorf("published %s: exit %d, want %d and %q in\n%s%s", tc.published, code, tc.code, tc.want, out, errs)
		}
	}
}

// TestEvalDump: eval dump prints one line per event (or entity mention)
// of every text of a directory, so two builds can be compared with diff.
func TestEvalDump(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join("..", "..", "testdata", "gold", "independent-arabia-putin-aliyev-dushanbe.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "2025-10-09-sample.txt"), sample, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "eval", "dump", dir)
	if code != 0 || !strings.Contains(out, "2025-10-09-sample.txt\tCONSULT\tVladimir Putin\tIlham Aliyev\t") {
		t.Errorf("eval dump: exit %d, want a CONSULT of Putin and Aliyev in\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "", "eval", "dump", "--entities", dir)
	if code != 0 || !strings.Contains(out, "\tPER\tIlham Aliyev\tعلييف\n") {
		t.Errorf("eval dump --entities: exit %d, want Aliyev's mention علييف in\n%s%s", code, out, errs)
	}
	if code, _, errs := run(t, "", "eval", "dump", t.TempDir()); code == 0 || !strings.Contains(errs, "no *.txt") {
		t.Errorf("empty directory: exit %d, stderr %q; want an error naming the missing texts", code, errs)
	}
}
