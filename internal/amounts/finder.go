package amounts

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
)

// Finder finds amounts. Build one with NewFinder and share it: it holds
// only its lexicons, which it never changes, so it is safe for concurrent
// use.
type Finder struct {
	numbers   map[string]float64
	ones      set
	teens     set
	hundreds  map[string]float64
	scales    map[string]float64
	duals     map[string]float64
	vague     map[string]float64
	fractions map[string]float64

	units   map[string]unitRef
	curAdj  map[string]string
	percent [][]string
	points  map[string]string
	pointPh [][]string
	approx  [][]string
	after   set

	noCount, months, yearWords, yearMarks, nameWords     set
	periodNouns, periodWords, periodAnchors, periodLeads set
	objectStops, objectBounds, chain, toFrom, shareVerbs set
	cues                                                 map[string]cue
}

type set map[string]bool

// unitRef is a unit noun form in the Finder's index.
type unitRef struct {
	code    string
	class   unitClass
	factor  float64
	dual    bool // the form is a dual: two of the unit
	defDual bool // a dual that counts even with the article (الصاروخين)
}

type cueKind uint8

const (
	cueUp cueKind = iota + 1
	cueDown
	cueLevel
	cueShare
)

type cue struct{ kind cueKind }

// NewFinder builds a Finder from the package's lexicons.
func NewFinder() *Finder {
	f := &Finder{
		numbers:   keyMap(numberWords),
		ones:      keySet(oneWords),
		teens:     keySet(teenWords),
		hundreds:  keyMap(hundredWords),
		scales:    keyMap(scaleWords),
		duals:     keyMap(dualScales),
		vague:     keyMap(vagueWords),
		fractions: keyMap(fractionWords),
		units:     map[string]unitRef{},
		curAdj:    map[string]string{},
		percent:   fieldsOf(percentPhrases),
		points:    map[string]string{},
		approx:    fieldsOf(approxPhrases),
		after:     keySet(approxAfter),
		cues:      map[string]cue{},

		noCount:       keySet(noCountWords),
		months:        keySet(months),
		yearWords:     keySet(yearWords),
		yearMarks:     keySet(yearMarks),
		nameWords:     keySet(nameWords),
		periodNouns:   keySet(periodNouns),
		periodWords:   keySet(periodWords),
		periodAnchors: keySet(periodAnchors),
		periodLeads:   keySet(periodLeads),
		objectStops:   keySet(objectStops),
		objectBounds:  keySet(objectBounds),
		chain:         keySet(chainCues),
		toFrom:        keySet(toFromWords),
		shareVerbs:    keySet([]string{"يشكل", "تشكل", "يمثل", "تمثل", "يستحوذ", "تستحوذ", "استحوذ", "استحوذت"}),
	}
	for p, code := range pointPhrases {
		f.points[key(p)] = code
		f.pointPh = append(f.pointPh, strings.Fields(key(p)))
	}
	addUnits := func(class unitClass, es []unitEntry) {
		for _, e := range es {
			for _, form := range e.forms {
				f.units[key(form)] = unitRef{code: e.code, class: class, factor: e.factor}
			}
			for _, form := range e.duals {
				f.units[key(form)] = unitRef{code: e.code, class: class, factor: e.factor, dual: true}
			}
		}
	}
	addUnits(uMoney, currencyNouns)
	addUnits(uMeasure, measureUnits)
	addUnits(uDuration, durationUnits)
	addUnits(uDistance, distanceUnits)
	for _, c := range countNouns {
		sg := key(c.sg)
		if _, taken := f.units[sg]; taken {
			continue
		}
		ref := unitRef{code: c.sg, class: uCount}
		f.units[sg] = ref
		for _, form := range c.forms {
			if _, taken := f.units[key(form)]; !taken {
				f.units[key(form)] = ref
			}
		}
		soundPlural := false // عاملين is a plural, not a dual
		for _, form := range c.forms {
			soundPlural = soundPlural || strings.HasSuffix(key(form), "ين")
		}
		if c.dual && !soundPlural && !strings.Contains(c.sg, " ") {
			for _, d := range dualsOf(sg) {
				if _, taken := f.units[d]; !taken {
					f.units[d] = unitRef{code: c.sg, class: uCount, dual: true, defDual: true}
				}
			}
		}
	}
	for adj, code := range currencyAdjectives {
		f.curAdj[key(adj)] = code
	}
	for _, w := range changeUpCues {
		f.cues[key(w)] = cue{cueUp}
	}
	for _, w := range changeDownCues {
		f.cues[key(w)] = cue{cueDown}
	}
	for _, w := range levelCues {
		f.cues[key(w)] = cue{cueLevel}
	}
	for _, w := range shareCues {
		f.cues[key(w)] = cue{cueShare}
	}
	return f
}

// dualsOf returns the dual forms of a normalised singular noun: صاروخ →
// صاروخين، صاروخان; طائره → طائرتين، طائرتان.
func dualsOf(sg string) []string {
	stem := sg
	if strings.HasSuffix(stem, "ه") {
		stem = strings.TrimSuffix(stem, "ه") + "ت"
	}
	return []string{stem + "ين", stem + "ان"}
}

// tok is a surface token as the finder sees it: its keys with and without
// the proclitics that the doc package split off.
type tok struct {
	start, end int
	body       int // start of the token after a leading و or ف
	kind       doc.TokenKind
	raw        string
	stem       string // the key of the token's last word, clitics removed
	norm       string // that word's doc.Word Norm (ة kept)
	full       string // stem with the article if it had one
	bare       string // the whole token's key without a leading و or ف
	pre        string // the keys of the proclitics other than the article
	art        bool
}

// tokens returns the finder's view of d's tokens.
func (f *Finder) tokens(d *doc.Doc) []tok {
	ts := make([]tok, len(d.Tokens))
	for i, t := range d.Tokens {
		ts[i] = tok{start: t.Start, end: t.End, body: t.Start, kind: t.Kind, raw: t.Text}
	}
	for _, w := range d.Words {
		if w.Token < 0 || w.Token >= len(ts) {
			continue
		}
		t := &ts[w.Token]
		if w.Clitic {
			if w.Norm == "ال" {
				t.art = true
			} else {
				if t.pre == "" && (w.Norm == "و" || w.Norm == "ف") {
					t.body = w.End
				}
				t.pre += w.Norm
			}
			continue
		}
		t.stem = foldKey(w.Norm)
		t.norm = w.Norm
	}
	for i := range ts {
		t := &ts[i]
		if t.stem == "" {
			t.stem = key(t.raw)
		}
		if t.art {
			t.full = "ال" + t.stem
		} else {
			t.full = t.stem
		}
		t.bare = key(t.raw)
		if t.norm == "" {
			t.norm = t.stem
		}
		if strings.HasPrefix(t.pre, "و") || strings.HasPrefix(t.pre, "ف") {
			_, size := utf8.DecodeRuneInString(t.bare)
			t.bare = t.bare[size:]
		}
	}
	return ts
}

// Find returns the amounts of d, in text order. d must have been through
// doc.Tokenizer and doc.SentenceSplitter.
func (f *Finder) Find(d *doc.Doc) []Amount {
	if len(d.Tokens) == 0 {
		return nil
	}
	ts := f.tokens(d)
	var out []Amount
	sents := d.Sentences
	if len(sents) == 0 {
		sents = []doc.Sentence{{Start: 0, End: len(d.Text), FirstToken: 0, EndToken: len(ts)}}
	}
	for _, s := range sents {
		a, b := s.FirstToken, s.EndToken
		if a < 0 || b > len(ts) || a >= b {
			continue
		}
		sc := &scan{f: f, d: d, ts: ts, a: a, b: b}
		sc.run()
		out = append(out, sc.out...)
	}
	return out
}
