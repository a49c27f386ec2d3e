package eval

import (
	"math"
	"strings"

	"github.com/marsad/marsad/internal/model"
)

// GoldQuote is a quotation of a gold file (GUIDELINES.md, Quotations).
type GoldQuote struct {
	Speaker    string `json:"speaker"`
	AltSpeaker string `json:"alt_speaker"`
	Text       string `json:"text"`
	Kind       string `json:"kind"`
	Optional   bool   `json:"optional"`
}

// GoldAmount is an amount of a gold file (GUIDELINES.md, Amounts).
type GoldAmount struct {
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	Kind     string  `json:"kind"`
	Optional bool    `json:"optional"`
}

// QuoteScore counts quotation matches and speaker agreement.
type QuoteScore struct {
	Score
	// SpeakerOK counts the matched quotations whose speaker is right.
	SpeakerOK int
	// WrongSpeaker lists matched quotations with the wrong speaker.
	WrongSpeaker []string
}

// Add sums s2 into s.
func (s *QuoteScore) Add(s2 QuoteScore) {
	s.Score.Add(s2.Score)
	s.SpeakerOK += s2.SpeakerOK
	s.WrongSpeaker = append(s.WrongSpeaker, s2.WrongSpeaker...)
}

// PRF returns precision, recall, F1 and speaker accuracy over matches.
func (s QuoteScore) PRF() (p, r, f, speaker float64) {
	p, r, f = s.Score.PRF()
	if s.TP > 0 {
		speaker = float64(s.SpeakerOK) / float64(s.TP)
	}
	return p, r, f, speaker
}

// ScoreQuotes matches system quotations against gold as GUIDELINES.md says:
// a pair matches when their texts overlap by at least half of the shorter
// one's tokens; each gold quotation matches at most one system quotation.
// A speaker is right when the system speaker's entity has the gold
// speaker's name, or any alias the gold gives that speaker among its
// mentions; ents are the system's entities, golds the gold entities.
func ScoreQuotes(gold []GoldQuote, sys []model.Quote, golds []GoldEntity, ents []model.Entity) QuoteScore {
	var s QuoteScore
	used := make([]bool, len(sys))
	for _, g := range gold {
		best, bestOv := -1, 0.0
		for i, q := range sys {
			if used[i] {
				continue
			}
			if ov := tokenOverlap(g.Text, q.Text); ov >= 0.5 && ov > bestOv {
				best, bestOv = i, ov
			}
		}
		if best < 0 {
			if !g.Optional {
				s.FN++
				s.Missed = append(s.Missed, g.Speaker+": "+clip(g.Text))
			}
			continue
		}
		used[best] = true
		if g.Optional {
			continue
		}
		s.TP++
		if speakerMatches(sys[best].Speaker, g, golds, ents) {
			s.SpeakerOK++
		} else {
			got := "(none)"
			if sp := sys[best].Speaker; sp != nil {
				got = sp.Name
			}
			s.WrongSpeaker = append(s.WrongSpeaker, "want "+g.Speaker+", got "+got+": "+clip(g.Text))
		}
	}
	for i, q := range sys {
		if !used[i] {
			s.FP++
			name := "(none)"
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			s.Spurious = append(s.Spurious, name+": "+clip(q.Text))
		}
	}
	return s
}

func speakerMatches(sp *model.Speaker, g GoldQuote, golds []GoldEntity, ents []model.Entity) bool {
	if sp == nil {
		return g.Speaker == ""
	}
	for _, want := range []string{g.Speaker, g.AltSpeaker} {
		if want == "" {
			continue
		}
		if normAr(sp.Name) == normAr(want) {
			return true
		}
		var aliases []string
		for _, ge := range golds {
			if ge.Name == want {
				aliases = ge.Aliases
			}
		}
		for _, e := range ents {
			if e.ID != sp.ID {
				continue
			}
			for _, m := range e.Mentions {
				for _, a := range aliases {
					for _, f := range matchForms(m.Text) {
						if f == normAr(a) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// tokenOverlap is the share of the shorter text's tokens that the other
// text holds too, after normalisation.
func tokenOverlap(a, b string) float64 {
	ta, tb := Tokens(normAr(a)), Tokens(normAr(b))
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, t := range tb {
		count[t]++
	}
	common := 0
	for _, t := range ta {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	return float64(common) / float64(min(len(ta), len(tb)))
}

func clip(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return string(r)
}

// ScoreAmounts matches amounts as GUIDELINES.md says: equal values (to
// 0.1 %) and equal kinds; each gold amount matches at most one system
// amount.
func ScoreAmounts(gold []GoldAmount, sys []model.Amount) AmountScore {
	var s AmountScore
	used := make([]bool, len(sys))
	for _, g := range gold {
		found := -1
		for i, a := range sys {
			if !used[i] && a.Kind == g.Kind && sameValue(a.Value, g.Value) {
				found = i
				break
			}
		}
		if found < 0 {
			if !g.Optional {
				s.FN++
				s.Missed = append(s.Missed, g.Text+" ("+g.Kind+")")
			}
			continue
		}
		used[found] = true
		if !g.Optional {
			s.TP++
		}
	}
	for i, a := range sys {
		if !used[i] {
			s.FP++
			s.Spurious = append(s.Spurious, a.Text+" ("+a.Kind+")")
		}
	}
	return s
}

func sameValue(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 0.001*math.Max(math.Abs(a), math.Abs(b))
}
