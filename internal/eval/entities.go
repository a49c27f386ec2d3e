package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/marsad/marsad/internal/model"
)

// GoldEntity is one entity of a gold file (see shared/eval/GUIDELINES.md).
type GoldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

// GoldDoc is a gold file: NAME.gold.json beside NAME.txt.
type GoldDoc struct {
	Name     string
	TextPath string
	// Published is the article's publication date (RFC 3339 or
	// YYYY-MM-DD), optional: the analysis resolves relative dates and
	// office titles against it, as ingest does with a page's date.
	Published string       `json:"published"`
	Entities  []GoldEntity `json:"entities"`
	Quotes    []GoldQuote  `json:"quotes"`
	Amounts   []GoldAmount `json:"amounts"`
	Events    []GoldEvent  `json:"events"`
}

// LoadGold lists the NAME.txt files of dir that have a NAME.gold.json.
func LoadGold(dir string) ([]GoldDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var docs []GoldDoc
	for _, p := range paths {
		base := strings.TrimSuffix(p, ".gold.json")
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var d GoldDoc
		if err := json.Unmarshal(raw, &d); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		d.Name, d.TextPath = filepath.Base(base), base+".txt"
		if _, err := os.Stat(d.TextPath); err != nil {
			return nil, fmt.Errorf("%s has no text beside it: %w", p, err)
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s holds no NAME.gold.json beside NAME.txt", dir)
	}
	return docs, nil
}

// Score counts the matches of one kind of item (entities, amounts,
// events) as GUIDELINES.md scores them.
type Score struct {
	TP, FP, FN int
	// Missed names the gold items not found; Spurious the system items
	// that match no gold item.
	Missed, Spurious []string
}

// EntityScore, AmountScore and EventScore are the Score of each task.
type (
	EntityScore = Score
	AmountScore = Score
)

// Add sums s2 into s.
func (s *Score) Add(s2 Score) {
	s.TP += s2.TP
	s.FP += s2.FP
	s.FN += s2.FN
	s.Missed = append(s.Missed, s2.Missed...)
	s.Spurious = append(s.Spurious, s2.Spurious...)
}

// PRF returns precision, recall and F1.
func (s Score) PRF() (p, r, f float64) {
	if s.TP+s.FP > 0 {
		p = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		r = float64(s.TP) / float64(s.TP+s.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ScoreEntities matches system entities against gold. A gold entity is
// found when a system entity of the same type has any gold alias among its
// mentions (compared after normalisation, with or without a leading
// proclitic). A system entity is right when it finds a gold entity, ignored
// when it finds only optional ones, and spurious otherwise.
func ScoreEntities(gold []GoldEntity, sys []model.Entity) EntityScore {
	var s EntityScore
	matches := func(g GoldEntity, e model.Entity) bool {
		if g.Type != e.Type {
			return false
		}
		for _, m := range e.Mentions {
			for _, f := range matchForms(m.Text) {
				for _, a := range g.Aliases {
					for _, af := range matchForms(a) {
						if f == af {
							return true
						}
					}
				}
			}
		}
		return false
	}
	for _, g := range gold {
		found := false
		for _, e := range sys {
			if matches(g, e) {
				found = true
				break
			}
		}
		switch {
		case found && !g.Optional:
			s.TP++
		case !found && !g.Optional:
			s.FN++
			s.Missed = append(s.Missed, g.Name+" ("+g.Type+")")
		}
	}
	for _, e := range sys {
		hit, optional := false, false
		for _, g := range gold {
			if matches(g, e) {
				if g.Optional {
					optional = true
				} else {
					hit = true
				}
			}
		}
		if !hit && !optional {
			s.FP++
			s.Spurious = append(s.Spurious, fmt.Sprintf("%s (%s, %s)", e.Name, e.Type, e.ID))
		}
	}
	return s
}

// matchForms returns the normalised form of s and, when s starts with a
// proclitic (و ف ب ك ل, or ل before the article), the form without it;
// and, when s starts with ل, the form with the alef of the article that a
// preposition ل swallowed (marsad's span of «للجيش الأفغاني» starts at the
// article's lam: «لجيش الأفغاني» is «الجيش الأفغاني»).
func matchForms(s string) []string {
	n := normAr(s)
	out := []string{n}
	if strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "لل") && len([]rune(n)) > 4 {
		out = append(out, "ا"+n)
	}
	for _, p := range []string{"و", "ف", "ب", "ك", "ل"} {
		if strings.HasPrefix(n, p) && len([]rune(n)) > 4 {
			rest := strings.TrimPrefix(n, p)
			if p == "ل" && strings.HasPrefix(rest, "ل") {
				rest = "ا" + rest
			}
			out = append(out, rest)
		}
	}
	return out
}

// normAr normalises text for matching as GUIDELINES.md (Matching) says:
// NFKC; tatweel and diacritics removed; alef forms unified, ى → ي, ة → ه;
// Arabic-Indic digits mapped to Western and the Arabic decimal and
// thousands separators to "." and nothing; white space collapsed;
// punctuation at the ends dropped; Latin lower-cased.
func normAr(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(s) {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r >= '٠' && r <= '٩':
			r = '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			r = '0' + r - '۰'
		case r == '٫':
			r = '.'
		case r == '٬':
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.TrimFunc(out, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
}
