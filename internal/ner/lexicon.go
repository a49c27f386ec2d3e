package ner

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"
)

// Gazetteer bits returned by Gazetteer.Lookup.
const (
	GazPERS uint8 = 1 << iota
	GazLOC
	GazORG
)

// Gazetteer tells the tagger which entity types a word or phrase is known
// to name. The key is the normalised, proclitic-stripped form of each word
// (see Key), joined by single spaces for phrases. Implementations must be
// safe for concurrent use, and must not change their answers while a
// model uses them: the tagger remembers what the words it has seen add up
// to.
type Gazetteer interface {
	Lookup(normalisedStrippedWord string) (types uint8)
}

// PhraseGazetteer is a Gazetteer that also knows phrases of up to
// MaxWords words; the tagger then looks up token spans joined by spaces.
type PhraseGazetteer interface {
	Gazetteer
	MaxWords() int
}

// Key returns the lookup form of a word or space-separated phrase: each
// word normalised and stripped of its proclitics, joined by single spaces.
func Key(phrase string) string {
	var b []byte
	for i, w := range strings.Fields(phrase) {
		if i > 0 {
			b = append(b, ' ')
		}
		start := len(b)
		b = appendNorm(b, w)
		k := stripLen(b[start:])
		b = append(b[:start], b[start+k:]...)
	}
	return string(b)
}

// MapGazetteer is an in-memory PhraseGazetteer. The zero value is empty
// and ready to use; it is not safe for concurrent Add.
type MapGazetteer struct {
	m        map[string]uint8
	maxWords int
	starts   map[string]int // first word of a phrase → most words of a phrase it starts
}

// Add records that name (one or more words) can name an entity of the
// given types (a bitmask of GazPERS, GazLOC, GazORG).
func (g *MapGazetteer) Add(name string, types uint8) {
	k := Key(name)
	if k == "" {
		return
	}
	if g.m == nil {
		g.m = make(map[string]uint8)
	}
	g.m[k] |= types
	if n := strings.Count(k, " ") + 1; n > 1 {
		g.maxWords = max(g.maxWords, n)
		if g.starts == nil {
			g.starts = make(map[string]int)
		}
		first, _, _ := strings.Cut(k, " ")
		g.starts[first] = max(g.starts[first], n)
	}
}

// phraseWords returns the most words of a phrase that starts with the key
// first (0: none), without allocating.
func (g *MapGazetteer) phraseWords(first []byte) int { return g.starts[string(first)] }

// Lookup implements Gazetteer.
func (g *MapGazetteer) Lookup(key string) uint8 { return g.m[key] }

// MaxWords implements PhraseGazetteer.
func (g *MapGazetteer) MaxWords() int { return g.maxWords }

// Len returns the number of distinct keys.
func (g *MapGazetteer) Len() int { return len(g.m) }

// Trigger classes (data/triggers.txt).
const (
	trigPERS uint8 = 1 << iota
	trigLOC
	trigORG
	trigSAY
)

var (
	//go:embed data/triggers.txt
	triggersData []byte
	//go:embed data/first_names.txt
	firstNamesData []byte
	//go:embed data/places.txt
	placesData []byte
)

// lexicon holds the language data bundled with the package: trigger words
// and the built-in gazetteer (first names, country names).
type lexicon struct {
	triggers map[string]uint8
	gaz      MapGazetteer
	// clusters maps a word to its cluster code (see wordClusters); nil
	// in a model without cluster features.
	clusters map[string]uint32
}

func eachLine(data []byte, f func(line string)) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f(line)
	}
}

// EachFirstName calls f with each first name of the tagger's built-in
// gazetteer (data/first_names.txt), as written there.
func EachFirstName(f func(name string)) { eachLine(firstNamesData, f) }

func newLexicon() *lexicon {
	lx := &lexicon{triggers: make(map[string]uint8)}
	classes := map[string]uint8{"PERS": trigPERS, "LOC": trigLOC, "ORG": trigORG, "SAY": trigSAY}
	eachLine(triggersData, func(line string) {
		class, word, ok := strings.Cut(line, " ")
		if c := classes[class]; ok && c != 0 {
			lx.triggers[Key(word)] |= c
		}
	})
	eachLine(firstNamesData, func(line string) { lx.gaz.Add(line, GazPERS) })
	eachLine(placesData, func(line string) { lx.gaz.Add(line, GazLOC) })
	return lx
}
