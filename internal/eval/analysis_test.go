package eval

import (
	"testing"

	"github.com/marsad/marsad/internal/model"
)

func TestScoreQuotes(t *testing.T) {
	golds := []GoldEntity{{Name: "Vladimir Putin", Type: "PER", Aliases: []string{"بوتين"}}}
	gold := []GoldQuote{
		{Speaker: "Vladimir Putin", Text: "أود أن أبدأ اجتماعنا بالموضوع الأكثر حساسية", Kind: "direct"},
		{Speaker: "Ilham Aliyev", Text: "شكراً جزيلاً لك يا فلاديمير فلاديميروفيتش", Kind: "direct"},
		{Speaker: "Vladimir Putin", Text: "هذا ببساطة يعزز استقلالنا", Optional: true},
	}
	ents := []model.Entity{{ID: "p", Name: "بوتين", Mentions: []model.Mention{{Text: "وبوتين"}}}}
	sys := []model.Quote{
		{Speaker: &model.Speaker{ID: "p", Name: "بوتين"}, Text: "أود أن أبدأ اجتماعنا بالموضوع الأكثر حساسية، مأساة الطيران"},
		{Speaker: &model.Speaker{ID: "p", Name: "بوتين"}, Text: "هذا ببساطة يعزز استقلالنا وسيادتنا"},
		{Text: "منصة للتواصل"},
	}
	s := ScoreQuotes(gold, sys, golds, ents)
	if s.TP != 1 || s.FN != 1 || s.FP != 1 || s.SpeakerOK != 1 {
		t.Errorf("got %+v, want tp 1 fn 1 fp 1 speaker 1", s)
	}
}

func TestScoreAmounts(t *testing.T) {
	gold := []GoldAmount{{Text: "112 مليار دولار", Value: 112e9, Kind: "level"}, {Text: "سبعة في المئة", Value: 7, Kind: "change"}, {Text: "نحو 10", Value: 10, Kind: "count", Optional: true}}
	sys := []model.Amount{{Value: 112.05e9, Kind: "level"}, {Value: 7, Kind: "level"}, {Value: 10, Kind: "count"}}
	s := ScoreAmounts(gold, sys)
	if s.TP != 1 || s.FN != 1 || s.FP != 1 {
		t.Errorf("got %+v, want tp 1 fn 1 fp 1", s)
	}
}

func TestScoreEvents(t *testing.T) {
	golds := []GoldEntity{{Name: "Vladimir Putin", Aliases: []string{"بوتين"}}, {Name: "Ilham Aliyev", Aliases: []string{"علييف"}}}
	ents := []model.Entity{
		{ID: "p", Name: "Vladimir Putin", Mentions: []model.Mention{{Text: "بوتين"}}},
		{ID: "a", Name: "Ilham Aliyev", Mentions: []model.Mention{{Text: "علييف"}}},
	}
	p, a := &model.Ref{ID: "p", Name: "Vladimir Putin"}, &model.Ref{ID: "a", Name: "Ilham Aliyev"}
	gold := []GoldEvent{
		{Type: "CONSULT", Actor: "Vladimir Putin", Recipient: "Ilham Aliyev"},
		{Type: "CONCEDE", Actor: "Vladimir Putin", Recipient: "Ilham Aliyev"},
		{Type: "AGREE", Actor: "Vladimir Putin", Optional: true},
	}
	sys := []model.Event{
		{Type: "CONSULT", Actor: a, Recipient: p},                // either order for CONSULT
		{Type: "CONSULT", Actor: a, Recipient: p},                // repeated: counts once
		{Type: "CONCEDE", Actor: a, Recipient: p},                // wrong direction
		{Type: "CONCEDE", Actor: p, Recipient: a, Negated: true}, // negated: not an event
		{Type: "AGREE", Actor: p},                                // optional: ignored
	}
	s := ScoreEvents(gold, sys, golds, ents)
	if s.TP != 1 || s.FN != 1 || s.FP != 1 {
		t.Errorf("got %+v, want tp 1 fn 1 fp 1", s)
	}
}
