package eval

import (
	"testing"

	"github.com/marsad/marsad/internal/model"
)

func TestScoreEntities(t *testing.T) {
	gold := []GoldEntity{
		{Name: "Vladimir Putin", Type: "PER", Aliases: []string{"بوتين", "الرئيس الروسي"}},
		{Name: "Russia", Type: "GPE", Aliases: []string{"روسيا"}},
		{Name: "Central Asia", Type: "LOC", Aliases: []string{"آسيا الوسطى"}},
		{Name: "AZAL", Type: "ORG", Aliases: []string{"آزال"}, Optional: true},
	}
	sys := []model.Entity{
		{ID: "p", Name: "Putin", Type: "PER", Mentions: []model.Mention{{Text: "وبوتين"}}},
		{ID: "r", Name: "Russia", Type: "LOC", Mentions: []model.Mention{{Text: "روسيا"}}},  // wrong type
		{ID: "a", Name: "AZAL", Type: "ORG", Mentions: []model.Mention{{Text: "آزال"}}},     // optional: ignored
		{ID: "x", Name: "Nobody", Type: "PER", Mentions: []model.Mention{{Text: "شخص ما"}}}, // spurious
		{ID: "c", Name: "Central Asia", Type: "LOC", Mentions: []model.Mention{{Text: "اسيا الوسطى"}}},
	}
	s := ScoreEntities(gold, sys)
	if s.TP != 2 || s.FN != 1 || s.FP != 2 {
		t.Errorf("got tp=%d fn=%d fp=%d, want 2 1 2 (missed %v, spurious %v)", s.TP, s.FN, s.FP, s.Missed, s.Spurious)
	}
}

// TestMatchFormsElidedArticle: a mention that starts at the lam of an
// article a preposition ل swallowed (للجيش → «لجيش») matches the alias
// with the article; a mention with the whole لل does too.
func TestMatchFormsElidedArticle(t *testing.T) {
	gold := []GoldEntity{{Name: "Afghan National Army", Type: "ORG", Aliases: []string{"الجيش الأفغاني"}},
		{Name: "Yemen", Type: "GPE", Aliases: []string{"اليمن"}}, {Name: "Lebanon", Type: "GPE", Aliases: []string{"لبنان"}}}
	sys := []model.Entity{
		{ID: "a", Type: "ORG", Mentions: []model.Mention{{Text: "لجيش الافغاني"}}},
		{ID: "y", Type: "GPE", Mentions: []model.Mention{{Text: "لليمن"}}},
		{ID: "l", Type: "GPE", Mentions: []model.Mention{{Text: "لبنان"}}},
	}
	if s := ScoreEntities(gold, sys); s.TP != 3 || s.FP != 0 {
		t.Errorf("got tp=%d fp=%d, want 3 0 (missed %v, spurious %v)", s.TP, s.FP, s.Missed, s.Spurious)
	}
}
