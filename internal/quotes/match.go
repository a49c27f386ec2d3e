package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	unorm "golang.org/x/text/unicode/norm"
)

// Gold is one gold quotation in the guidelines' format: the text is
// quoted, not addressed by offsets.
type Gold struct {
	Speaker    string `json:"speaker"`
	AltSpeaker string `json:"alt_speaker,omitempty"`
	Text       string `json:"text"`
	Kind       string `json:"kind"`
	Optional   bool   `json:"optional,omitempty"`
}

// GoldSpan is a gold quotation located in a document.
type GoldSpan struct {
	Start, End int // byte offsets; Start -1 when the text was not found
	// Speakers are the acceptable speaker names.
	Speakers []string
	// SpeakerSpans are byte spans of the gold source in the text, when
	// the gold gives them (PolNeAR); a system speaker mention overlapping
	// one is right.
	SpeakerSpans [][2]int
	Optional     bool
}

// Counts are the outcome of matching quotations against gold.
type Counts struct {
	// TP, FP and FN count matched, spurious and missed quotations;
	// optional gold is neither missed nor, when found, spurious.
	TP, FP, FN int
	// SpeakerRight counts the matched quotations (of required gold) whose
	// speaker is right, out of SpeakerTotal.
	SpeakerRight, SpeakerTotal int
	// Unlocated counts gold texts that were not found in the document.
	Unlocated int
}

// Add adds c2 to c.
func (c *Counts) Add(c2 Counts) {
	c.TP += c2.TP
	c.FP += c2.FP
	c.FN += c2.FN
	c.SpeakerRight += c2.SpeakerRight
	c.SpeakerTotal += c2.SpeakerTotal
	c.Unlocated += c2.Unlocated
}

// PRF returns precision, recall and F1.
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// SpeakerAccuracy returns the share of matched quotations with the right
// speaker.
func (c Counts) SpeakerAccuracy() float64 {
	if c.SpeakerTotal == 0 {
		return 0
	}
	return float64(c.SpeakerRight) / float64(c.SpeakerTotal)
}

// Locate finds the gold quotations in d's text by normalised text.
func Locate(d *doc.Doc, gold []Gold) []GoldSpan {
	nt, offs := normalizeMap(d.Text)
	out := make([]GoldSpan, len(gold))
	for i, g := range gold {
		gs := GoldSpan{Start: -1, End: -1, Optional: g.Optional}
		if g.Speaker != "" {
			gs.Speakers = append(gs.Speakers, g.Speaker)
		}
		if g.AltSpeaker != "" {
			gs.Speakers = append(gs.Speakers, g.AltSpeaker)
		}
		ng, _ := normalizeMap(g.Text)
		if k := strings.Index(nt, ng); k >= 0 && ng != "" {
			gs.Start, gs.End = offs[k], offs[k+len(ng)]
		}
		out[i] = gs
	}
	return out
}

// Match matches quotations with located gold, one to one: a pair matches
// when the spans share at least half of the shorter one's tokens (words
// and numbers of d). Pairs are taken by largest overlap first.
func Match(d *doc.Doc, got []Quote, gold []GoldSpan) Counts {
	var c Counts
	type pair struct{ g, s, ov int }
	var pairs []pair
	for gi, g := range gold {
		if g.Start < 0 {
			c.Unlocated++
			continue
		}
		for si, q := range got {
			ov, shorter := tokenOverlap(d, g.Start, g.End, q.Start, q.End)
			if shorter > 0 && 2*ov >= shorter && ov > 0 {
				pairs = append(pairs, pair{gi, si, ov})
			}
		}
	}
	// Largest overlap first (insertion sort: the lists are short).
	for i := 1; i < len(pairs); i++ {
		for j := i; j > 0 && pairs[j].ov > pairs[j-1].ov; j-- {
			pairs[j], pairs[j-1] = pairs[j-1], pairs[j]
		}
	}
	gUsed := make([]bool, len(gold))
	sUsed := make([]bool, len(got))
	for _, p := range pairs {
		if gUsed[p.g] || sUsed[p.s] {
			continue
		}
		gUsed[p.g], sUsed[p.s] = true, true
		g := gold[p.g]
		if g.Optional {
			continue
		}
		c.TP++
		c.SpeakerTotal++
		if speakerRight(got[p.s], g) {
			c.SpeakerRight++
		}
	}
	for gi, g := range gold {
		if !gUsed[gi] && !g.Optional && g.Start >= 0 {
			c.FN++
		}
		if g.Start < 0 && !g.Optional {
			c.FN++
		}
	}
	for si := range got {
		if !sUsed[si] {
			c.FP++
		}
	}
	return c
}

func speakerRight(q Quote, g GoldSpan) bool {
	for _, sp := range g.SpeakerSpans {
		if q.SpeakerStart >= 0 && q.SpeakerStart < sp[1] && sp[0] < q.SpeakerEnd {
			return true
		}
	}
	if q.SpeakerName == "" {
		return len(g.Speakers) == 0 && len(g.SpeakerSpans) == 0
	}
	for _, name := range g.Speakers {
		if sameName(q.SpeakerName, name) {
			return true
		}
	}
	return false
}

// sameName reports whether two names name the same entity: equal after
// normalisation, or one's last word is a word of the other (Trump, Donald
// Trump).
func sameName(a, b string) bool {
	na, nb := NormalizeText(a), NormalizeText(b)
	if na == nb {
		return true
	}
	wa, wb := strings.Fields(na), strings.Fields(nb)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	has := func(ws []string, w string) bool {
		for _, x := range ws {
			if x == w {
				return true
			}
		}
		return false
	}
	return has(wb, wa[len(wa)-1]) || has(wa, wb[len(wb)-1])
}

// tokenOverlap returns how many tokens (words and numbers) of d the two
// spans share, and the token count of the shorter span.
func tokenOverlap(d *doc.Doc, a0, a1, b0, b1 int) (ov, shorter int) {
	na, nb := 0, 0
	for _, t := range d.Tokens {
		if t.Kind != doc.KindWord && t.Kind != doc.KindNumber {
			continue
		}
		if t.Start >= max(a1, b1) {
			break
		}
		ina := t.Start < a1 && a0 < t.End
		inb := t.Start < b1 && b0 < t.End
		if ina {
			na++
		}
		if inb {
			nb++
		}
		if ina && inb {
			ov++
		}
	}
	return ov, min(na, nb)
}

// NormalizeText normalises text as the guidelines' Matching section says:
// NFKC; no tatweel or diacritics; alef forms → ا, ى → ي, ة → ه;
// Arabic-Indic digits → ASCII, ٫ → ., ٬ dropped; white space collapsed;
// punctuation at the ends dropped.
func NormalizeText(s string) string {
	n, _ := normalizeMap(s)
	return n
}

// normalizeMap normalises s (see NormalizeText) and returns, for every byte
// of the result and one past its end, the byte offset in s it came from.
func normalizeMap(s string) (string, []int) {
	var b strings.Builder
	offs := make([]int, 0, len(s)+1)
	space := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		src := i
		i += size
		rs := []rune{r}
		if r >= 0x80 {
			rs = []rune(unorm.NFKC.String(string(r)))
		}
		for _, r := range rs {
			switch {
			case r == 0x0640 || 0x064B <= r && r <= 0x065F || r == 0x0670:
				continue
			case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
				r = 'ا'
			case r == 'ى':
				r = 'ي'
			case r == 'ة':
				r = 'ه'
			case 0x0660 <= r && r <= 0x0669:
				r = '0' + r - 0x0660
			case 0x06F0 <= r && r <= 0x06F9:
				r = '0' + r - 0x06F0
			case r == '٫':
				r = '.'
			case r == '٬':
				continue
			case unicode.IsSpace(r) || r == 0x200C || r == 0x200D || r == 0x200F || r == 0x200E:
				if space {
					continue
				}
				space = true
				b.WriteByte(' ')
				offs = append(offs, src)
				continue
			}
			space = false
			n := b.Len()
			b.WriteRune(r)
			for k := n; k < b.Len(); k++ {
				offs = append(offs, src)
			}
		}
	}
	out := b.String()
	// Trim spaces and punctuation at the ends.
	st, en := 0, len(out)
	for st < en {
		r, size := utf8.DecodeRuneInString(out[st:])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			break
		}
		st += size
	}
	for en > st {
		r, size := utf8.DecodeLastRuneInString(out[:en])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			break
		}
		en -= size
	}
	end := len(s)
	if en < len(offs) {
		end = offs[en]
	}
	m := append(offs[st:en:en], end)
	return out[st:en], m
}
