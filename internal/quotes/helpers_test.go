package quotes

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/doc"
)

// analyse tokenizes and splits text into sentences.
func analyse(t testing.TB, text, lang string) *doc.Doc {
	t.Helper()
	d := doc.New(text, lang)
	p, err := doc.NewPipeline(&doc.Tokenizer{}, doc.SentenceSplitter{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// entitySpec names an entity and the strings its mentions are written as.
type entitySpec struct {
	id, name, typ string
	forms         []string
}

// entities builds entities by finding every occurrence of their forms in
// text, longest form first, without overlaps, and only at word starts or
// after a one-letter proclitic (لبوتين، وبوتين).
func entities(text string, specs []entitySpec) []Entity {
	type form struct {
		spec int
		s    string
	}
	var forms []form
	for i, sp := range specs {
		for _, f := range sp.forms {
			forms = append(forms, form{i, f})
		}
	}
	sort.SliceStable(forms, func(a, b int) bool { return len(forms[a].s) > len(forms[b].s) })
	taken := make([]bool, len(text))
	ents := make([]Entity, len(specs))
	for i, sp := range specs {
		ents[i] = Entity{ID: sp.id, Name: sp.name, Type: sp.typ}
	}
	for _, f := range forms {
		for off := 0; ; {
			k := strings.Index(text[off:], f.s)
			if k < 0 {
				break
			}
			st, en := off+k, off+k+len(f.s)
			off = en
			if !wordStart(text, st) || !wordEnd(text, en) {
				continue
			}
			free := true
			for j := st; j < en; j++ {
				if taken[j] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for j := st; j < en; j++ {
				taken[j] = true
			}
			ents[f.spec].Mentions = append(ents[f.spec].Mentions, [2]int{st, en})
		}
	}
	return ents
}

func wordStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	prev := []rune(text[:i])
	r := prev[len(prev)-1]
	if !isLetter(r) {
		return true
	}
	// one-letter proclitic: و ف ب ل ك after a non-letter
	if strings.ContainsRune("وفبلك", r) && (len(prev) < 2 || !isLetter(prev[len(prev)-2])) {
		return true
	}
	return false
}

func wordEnd(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r := []rune(text[i:])[0]
	return !isLetter(r)
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x0621 && r <= 0x064A
}
