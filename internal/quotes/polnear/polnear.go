// Package polnear scores marsad's English quotations on PolNeAR, the
// Political News Attribution Relations corpus (brat standoff: NAME.txt in
// text/, NAME_ANNOTATOR.ann in attributions/, with Source, Cue and Content
// spans tied by Attribution events).
//
// Scoring follows ../shared/eval/GUIDELINES.md: a system quotation matches
// a gold Content span when they share at least half of the shorter one's
// tokens; a discontinuous Content (a passage split by its cue) is one gold
// quotation per piece. A matched quotation's speaker is right when the
// mention it was resolved from overlaps the gold Source span, or when its
// name names the Source (Trump, Donald Trump).
package polnear

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/quotes"
)

// Result is the score of a directory.
type Result struct {
	// Files is the number of articles scored.
	Files int
	// All counts against every gold attribution, of speech or of thought
	// ("believes", "poll shows", "has learned").
	All quotes.Counts
	// Speech counts against the attributions whose cue holds a speech verb
	// of marsad's lexicon; system quotations that match no gold at all are
	// spurious in both.
	Speech quotes.Counts
	// Named holds speaker accuracy over matched speech attributions whose
	// gold source names someone (a capitalised word: "Trump", "Stein
	// spokeswoman Melezia Figueroa"), leaving out pronouns ("he") and
	// common nouns ("a source"), whose referent the gold does not give;
	// its other counts are not a score.
	Named quotes.Counts
	// Direct counts marsad's direct quotations against the gold contents
	// that are quoted (that begin or end with a quotation mark); other
	// gold is optional here.
	Direct quotes.Counts
}

// Attribution is one gold attribution relation, offsets in bytes.
type Attribution struct {
	Source  [][2]int
	Cue     [][2]int
	Content [][2]int
	CueText string
}

// Find returns a find function for Score that analyses a text and finds
// its quotations with entities from ents (nil finds none).
func Find(f *quotes.Finder, ents func(text string) []quotes.Entity) func(text string) []quotes.Quote {
	return func(text string) []quotes.Quote {
		d, err := analyse(text)
		if err != nil {
			return nil
		}
		var es []quotes.Entity
		if ents != nil {
			es = ents(text)
		}
		return f.Find(d, es)
	}
}

func analyse(text string) (*doc.Doc, error) {
	d := doc.New(text, "en")
	p, err := doc.NewPipeline(&doc.Tokenizer{}, doc.SentenceSplitter{})
	if err != nil {
		return nil, err
	}
	if err := p.Run(context.Background(), d); err != nil {
		return nil, err
	}
	return d, nil
}

// Score scores find on the PolNeAR part in dir (a directory holding text/
// and attributions/). Where an article was annotated by several
// annotators, the first annotation file in name order is the gold.
func Score(dir string, find func(text string) []quotes.Quote) (Result, error) {
	var res Result
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return res, fmt.Errorf("polnear: listing %s: %w", dir, err)
	}
	if len(anns) == 0 {
		return res, fmt.Errorf("polnear: no attributions/*.ann under %s; give the directory of one part (train, dev or test)", dir)
	}
	slices.Sort(anns)
	lex := quotes.NewFinder()
	seen := map[string]bool{}
	for _, ann := range anns {
		base := filepath.Base(ann)
		name := strings.TrimSuffix(base, ".ann")
		if k := strings.LastIndexByte(name, '_'); k > 0 {
			name = name[:k]
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		raw, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return res, fmt.Errorf("polnear: text of %s: %w", base, err)
		}
		text := string(raw)
		attrs, err := ReadAnn(ann, text)
		if err != nil {
			return res, err
		}
		d, err := analyse(text)
		if err != nil {
			return res, err
		}
		got := find(text)
		var all, speech []quotes.GoldSpan
		for _, a := range attrs {
			isSpeech := false
			for _, w := range strings.Fields(a.CueText) {
				if lex.IsCue(strings.Trim(w, ".,;:\"'“”")) {
					isSpeech = true
				}
			}
			names := []string{}
			for _, s := range a.Source {
				names = append(names, text[s[0]:s[1]])
			}
			for _, c := range a.Content {
				g := quotes.GoldSpan{Start: c[0], End: c[1], Speakers: names, SpeakerSpans: a.Source}
				all = append(all, g)
				if isSpeech {
					speech = append(speech, g)
				}
			}
		}
		res.All.Add(quotes.Match(d, got, all))
		// A quotation matching a thought attribution is not spurious in
		// the speech subset: it counts as optional there.
		for _, g := range all {
			if !slices.ContainsFunc(speech, func(s quotes.GoldSpan) bool { return s.Start == g.Start && s.End == g.End }) {
				g.Optional = true
				speech = append(speech, g)
			}
		}
		res.Speech.Add(quotes.Match(d, got, speech))
		named := make([]quotes.GoldSpan, len(speech))
		for i, g := range speech {
			named[i] = g
			if !namesSomeone(g.Speakers) {
				named[i].Optional = true
			}
		}
		res.Named.Add(quotes.Match(d, got, named))
		var direct []quotes.Quote
		for _, q := range got {
			if q.Kind == quotes.Direct {
				direct = append(direct, q)
			}
		}
		quoted := make([]quotes.GoldSpan, len(all))
		for i, g := range all {
			quoted[i] = g
			c := strings.TrimSpace(text[g.Start:g.End])
			if !strings.ContainsAny(firstLast(c), "\"“”«»") {
				quoted[i].Optional = true
			}
		}
		res.Direct.Add(quotes.Match(d, direct, quoted))
		res.Files++
	}
	return res, nil
}

// ReadAnn reads the attributions of a brat .ann file over text. Brat
// offsets count code points; the attributions give bytes of text.
func ReadAnn(path, text string) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	type span struct {
		typ string
		sp  [][2]int
	}
	spans := map[string]span{}
	var events []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		fields := strings.SplitN(l, "\t", 3)
		if len(fields) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(fields[0], "T"):
			typ, ranges, _ := strings.Cut(fields[1], " ")
			var sp [][2]int
			for _, r := range strings.Split(ranges, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(r), " ")
				x, err1 := strconv.Atoi(a)
				y, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || x < 0 || y < x || y >= len(byteAt) {
					return nil, fmt.Errorf("polnear: %s:%d: bad span %q", path, line, r)
				}
				sp = append(sp, [2]int{byteAt[x], byteAt[y]})
			}
			spans[fields[0]] = span{typ, sp}
		case strings.HasPrefix(fields[0], "E"):
			events = append(events, fields[1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear: reading %s: %w", path, err)
	}
	var out []Attribution
	for _, e := range events {
		var a Attribution
		for _, arg := range strings.Fields(e) {
			role, id, _ := strings.Cut(arg, ":")
			s := spans[id]
			switch role {
			case "Source":
				a.Source = append(a.Source, s.sp...)
			case "Cue":
				a.Cue = append(a.Cue, s.sp...)
				for _, c := range s.sp {
					a.CueText += text[c[0]:c[1]] + " "
				}
			case "Content":
				a.Content = append(a.Content, s.sp...)
			}
		}
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// namesSomeone reports whether a gold source holds a capitalised word other
// than a pronoun or an article.
func namesSomeone(names []string) bool {
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			switch w {
			case "He", "She", "They", "It", "I", "We", "The", "A", "An", "His", "Her", "Their", "Its", "This", "That":
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// firstLast returns the first and last characters of s.
func firstLast(s string) string {
	if s == "" {
		return ""
	}
	r1, _ := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeLastRuneInString(s)
	return string([]rune{r1, r2})
}
