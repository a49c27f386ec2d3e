package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/marsad/marsad/internal/quotes"
)

const devDir = "../../../../shared/eval/quotes/polnear-en/dev"

// capitalised is a trivial entity finder for the test: runs of
// capitalised words that are not sentence openers or pronouns, one entity
// per last word (Trump, Donald Trump).
func capitalised(text string) []quotes.Entity {
	stop := map[string]bool{"The": true, "A": true, "An": true, "But": true, "And": true, "In": true, "On": true, "At": true,
		"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "This": true, "That": true, "If": true,
		"When": true, "While": true, "After": true, "Before": true, "For": true, "As": true, "So": true, "Mr.": true,
		"Mrs.": true, "Ms.": true, "Dr.": true, "His": true, "Her": true, "Their": true, "Our": true, "Its": true, "There": true,
		"What": true, "Why": true, "How": true, "Who": true, "Some": true, "Many": true, "One": true, "Yet": true, "Still": true}
	byName := map[string]int{}
	var ents []quotes.Entity
	i := 0
	for i < len(text) {
		// the next word
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		st := i
		var last string
		end := i
		for i < len(text) {
			j := i
			for j < len(text) && isWordByte(text[j]) {
				j++
			}
			w := text[i:j]
			if w == "" || !unicode.IsUpper(rune(w[0])) || stop[w] && end == st || calendar[strings.TrimSuffix(w, ".")] {
				break
			}
			if strings.HasSuffix(w, ".") && len(w) > 3 {
				last, end = w[:len(w)-1], j-1 // a sentence's period, not an initial
				i = j
				break
			}
			last, end = w, j
			if j < len(text) && text[j] == ' ' {
				i = j + 1
				continue
			}
			i = j
			break
		}
		if end > st {
			id, ok := byName[last]
			if !ok {
				id = len(ents)
				byName[last] = id
				ents = append(ents, quotes.Entity{ID: last, Name: text[st:end], Type: "PER"})
			}
			ents[id].Mentions = append(ents[id].Mentions, [2]int{st, end})
			i = end
		} else if i == st {
			for i < len(text) && isWordByte(text[i]) {
				i++
			}
		}
	}
	return ents
}

var calendar = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c >= '0' && c <= '9'
}

func TestReadAnn(t *testing.T) {
	dir := t.TempDir()
	text := "“Yes,” Clinton said, “we can.” Trump’s team disagreed."
	ann := "T1\tSource 7 14\tClinton\nT2\tCue 15 19\tsaid\nT3\tContent 0 6;21 30\t“Yes,” “we can.”\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
	p := filepath.Join(dir, "x_1.ann")
	if err := os.WriteFile(p, []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	attrs, err := ReadAnn(p, text)
	if err != nil {
		t.Fatal(err)
	}
	if len(attrs) != 1 || len(attrs[0].Content) != 2 {
		t.Fatalf("got %+v, want one attribution with two content pieces", attrs)
	}
	a := attrs[0]
	if got := text[a.Source[0][0]:a.Source[0][1]]; got != "Clinton" {
		t.Errorf("source %q, want Clinton", got)
	}
	if got := text[a.Content[1][0]:a.Content[1][1]]; got != "“we can.”" {
		t.Errorf("second content piece %q, want “we can.”", got)
	}
	if strings.TrimSpace(a.CueText) != "said" {
		t.Errorf("cue %q, want said", a.CueText)
	}
}

// TestScoreDev scores marsad on PolNeAR dev. It needs ../shared, and is
// skipped when that is absent.
func TestScoreDev(t *testing.T) {
	if _, err := os.Stat(devDir); err != nil {
		t.Skipf("PolNeAR dev not found at %s (../shared is absent): %v", devDir, err)
	}
	res, err := Score(devDir, Find(quotes.NewFinder(), capitalised))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		name string
		c    quotes.Counts
	}{{"all attributions", res.All}, {"speech cues", res.Speech}, {"direct (quoted gold)", res.Direct}} {
		p, rc, f := r.c.PRF()
		t.Logf("PolNeAR dev, %d articles, %s: P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d); speaker accuracy %.3f (%d/%d)",
			res.Files, r.name, p, rc, f, r.c.TP, r.c.FP, r.c.FN, r.c.SpeakerAccuracy(), r.c.SpeakerRight, r.c.SpeakerTotal)
	}
	t.Logf("PolNeAR dev, speaker accuracy where the gold source names someone: %.3f (%d/%d)",
		res.Named.SpeakerAccuracy(), res.Named.SpeakerRight, res.Named.SpeakerTotal)
	if res.Files == 0 || res.All.TP == 0 {
		t.Errorf("got %d files and %d matches, want some", res.Files, res.All.TP)
	}
}
