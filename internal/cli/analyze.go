package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/extract"
	"github.com/marsad/marsad/internal/model"
)

func runAnalyze(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "analyze", "FILE|-")
	asJSON := fs.Bool("json", false, `print the analysis as JSON: {"lang", "entities", "quotes", "amounts", "dates", "events"}`)
	conll := fs.Bool("conll", false, "read one token per line (blank line between sentences) and print token<TAB>tag")
	language := fs.String("lang", "", "the text's language (ISO 639-1); detected when empty")
	published := fs.String("published", "", "the text's publication date (YYYY-MM-DD or RFC 3339), the reference of relative dates; an Article JSON gives its own")
	rest, err := parseN(fs, args, 1)
	if err != nil {
		return err
	}
	in, err := readInput(e, rest[0])
	if err != nil {
		return err
	}
	a, err := analyze.New()
	if err != nil {
		return err
	}
	if *conll {
		return tagCoNLL(a, bytes.NewReader(in), e.stdout)
	}
	text, lang := string(in), *language
	var pub time.Time
	if *published != "" {
		var ok bool
		if pub, ok = extract.ParseTime(*published, nil); !ok {
			return fmt.Errorf("bad --published %q: want YYYY-MM-DD or RFC 3339", *published)
		}
	}
	// An Article JSON (marsad extract --json) is analysed by its text; a
	// text that merely begins with a brace («{موبايلي} تقدم …») is text.
	if t := bytes.TrimSpace(in); len(t) > 0 && t[0] == '{' && json.Valid(t) {
		var art model.Article
		if err := json.Unmarshal(t, &art); err != nil {
			return fmt.Errorf("input is JSON but not an Article: %w", err)
		}
		if art.Text == "" {
			return fmt.Errorf("the Article JSON has no text")
		}
		text = art.Text
		if lang == "" {
			lang = art.Lang
		}
		if pub.IsZero() {
			pub = art.Published
		}
	}
	an, err := a.AnalyzeAt(ctx, text, lang, pub)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(an)
	}
	fmt.Fprintf(e.stdout, "language: %s, %d entities, %d quotations, %d amounts, %d dates\n", an.Lang, len(an.Entities), len(an.Quotes), len(an.Amounts), len(an.Dates))
	for _, ent := range an.Entities {
		forms := map[string]int{}
		var order []string
		for _, m := range ent.Mentions {
			if forms[m.Text] == 0 {
				order = append(order, m.Text)
			}
			forms[m.Text]++
		}
		fmt.Fprintf(e.stdout, "%-4s %-28s %3d× %s  [%s]\n", ent.Type, joinNonEmpty(ent.Name, ent.NameAr), len(ent.Mentions), strings.Join(order, "، "), ent.ID)
	}
	for _, q := range an.Quotes {
		who := "(unattributed)"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		fmt.Fprintf(e.stdout, "quote  %s — %s (%s): «%s»\n", who, q.Cue, q.Kind, q.Text)
	}
	for _, am := range an.Amounts {
		fmt.Fprintf(e.stdout, "amount %-8s %g %s %s%s  «%s»\n", am.Kind, am.Value, am.Unit, am.Direction, map[bool]string{true: " ~", false: ""}[am.Approx], am.Text)
	}
	for _, d := range an.Dates {
		fmt.Fprintf(e.stdout, "date   %-15s «%s»\n", d.Value, d.Text)
	}
	return nil
}

// readInput reads a file, or stdin for "-".
func readInput(e *env, name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(e.stdin)
	}
	return os.ReadFile(name)
}

// conllDocSentences bounds how many sentences tagCoNLL holds before it tags
// them: a document longer than this is tagged in parts (the tagger's
// document pass looks 20 sentences either side, so only the seams lose a
// little context).
const conllDocSentences = 4096

// tagCoNLL reads CoNLL tokens (first column; blank line = sentence break)
// and prints token<TAB>tag with ANERcorp's BIO tags. The sentences are
// tagged together, in order, as one document (ner.Model.TagDocument), as
// the tagger is trained and cross-validated: a name's other occurrences
// around it inform its tags. A "-DOCSTART-" line ends a document; it is
// printed back with the tag O, and every blank line of the input has its
// blank line in the output, so that the output lines stay aligned with
// the input's.
func tagCoNLL(a *analyze.Analyzer, r io.Reader, w io.Writer) error {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var (
		sents  [][]string // the document's sentences so far
		blanks []int      // the blank lines after each of them
		toks   []string   // the sentence being read
	)
	endSentence := func(blank int) {
		if len(toks) > 0 {
			sents, blanks = append(sents, toks), append(blanks, blank)
			toks = nil
		}
	}
	tagDoc := func() {
		endSentence(0)
		for k, tags := range a.Tagger().TagDocument(sents) {
			for i, tag := range tags {
				fmt.Fprintf(bw, "%s\t%s\n", sents[k][i], tag)
			}
			for range blanks[k] {
				bw.WriteByte('\n')
			}
		}
		sents, blanks = sents[:0], blanks[:0]
	}
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0 && len(toks) > 0:
			if endSentence(1); len(sents) >= conllDocSentences {
				tagDoc()
			}
		case len(f) == 0 && len(sents) > 0:
			blanks[len(blanks)-1]++ // a second blank line after a sentence
		case len(f) == 0:
			bw.WriteByte('\n') // a blank line before the document's first sentence
		case f[0] == "-DOCSTART-":
			tagDoc()
			fmt.Fprintf(bw, "-DOCSTART-\tO\n")
		default:
			toks = append(toks, f[0])
		}
	}
	tagDoc()
	return sc.Err()
}
