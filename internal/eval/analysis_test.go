package eval

import (
	"maps"
	"slices"
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
	if s.WrongActor != 1 || s.NoActorEntity+s.NoType+s.WrongRecipient != 0 {
		t.Errorf("the missed CONCEDE has events of its type without its actor: got %+v", s)
	}
}

// TestMissedEventsByStep: each missed gold event is counted once, at the
// first step that failed.
func TestMissedEventsByStep(t *testing.T) {
	golds := []GoldEntity{{Name: "Vladimir Putin", Aliases: []string{"بوتين"}}, {Name: "Ilham Aliyev", Aliases: []string{"علييف"}},
		{Name: "Turkey", Aliases: []string{"تركيا"}}, {Name: "Iran", Aliases: []string{"إيران"}}}
	ents := []model.Entity{
		{ID: "p", Name: "Vladimir Putin", Mentions: []model.Mention{{Text: "بوتين"}}},
		{ID: "a", Name: "Ilham Aliyev", Mentions: []model.Mention{{Text: "علييف"}}},
		{ID: "t", Name: "Turkey", Mentions: []model.Mention{{Text: "تركيا"}}},
	}
	p, a, tr := &model.Ref{ID: "p", Name: "Vladimir Putin"}, &model.Ref{ID: "a", Name: "Ilham Aliyev"}, &model.Ref{ID: "t", Name: "Turkey"}
	gold := []GoldEvent{
		{Type: "ACCUSE", Actor: "Iran", Recipient: "Turkey"},             // Iran was not found
		{Type: "THREATEN", Actor: "Turkey", Recipient: "Vladimir Putin"}, // coded as ACCUSE
		{Type: "SUPPORT", Actor: "Ilham Aliyev", Recipient: "Turkey"},    // SUPPORT only by Putin
		{Type: "CONSULT", Actor: "Vladimir Putin", Recipient: "Iran"},    // to Turkey, and Iran is no entity
		{Type: "REQUEST", Actor: "Vladimir Putin", Recipient: "Turkey"},  // right
	}
	sys := []model.Event{
		{Type: "ACCUSE", Actor: tr, Recipient: p},
		{Type: "SUPPORT", Actor: p, Recipient: tr},
		{Type: "CONSULT", Actor: p, Recipient: tr},
		{Type: "REQUEST", Actor: p, Recipient: tr},
		{Type: "AGREE", Actor: a},
	}
	s := ScoreEvents(gold, sys, golds, ents)
	got := []int{s.TP, s.FN, s.FP, s.NoActorEntity, s.NoType, s.WrongActor, s.WrongRecipient, s.NoRecipientEntity, s.OtherType}
	if want := []int{1, 4, 4, 1, 1, 1, 1, 1, 1}; !slices.Equal(got, want) {
		t.Errorf("tp fn fp, no actor, no type, wrong actor, wrong recipient (no entity), other type:\n got  %v\n want %v", got, want)
	}
	wantMissed := []string{
		"ACCUSE Iran → Turkey (actor not an entity)",
		"THREATEN Turkey → Vladimir Putin (no event of the type)",
		"SUPPORT Ilham Aliyev → Turkey (type without the actor)",
		"CONSULT Vladimir Putin → Iran (recipient not an entity)",
	}
	if !slices.Equal(s.Missed, wantMissed) {
		t.Errorf("missed lines:\n got  %q\n want %q", s.Missed, wantMissed)
	}
	// By type: gold types for hits and misses, the system's for spurious
	// events; the counts add up to the totals.
	wantTypes := map[string]TypeCount{
		"ACCUSE":   {FN: 1, FP: 1},
		"THREATEN": {FN: 1},
		"SUPPORT":  {FN: 1, FP: 1},
		"CONSULT":  {FN: 1, FP: 1},
		"REQUEST":  {TP: 1},
		"AGREE":    {FP: 1},
	}
	var sum TypeCount
	for _, c := range s.ByType {
		sum.TP, sum.FP, sum.FN = sum.TP+c.TP, sum.FP+c.FP, sum.FN+c.FN
	}
	if sum != (TypeCount{TP: s.TP, FP: s.FP, FN: s.FN}) {
		t.Errorf("by type sums to %+v, totals tp %d fp %d fn %d", sum, s.TP, s.FP, s.FN)
	}
	var all EventScore
	all.Add(s)
	all.Add(s)
	if got := all.ByType["ACCUSE"]; got != (TypeCount{FN: 2, FP: 2}) {
		t.Errorf("ACCUSE summed twice: got %+v", got)
	}
	if !maps.Equal(s.ByType, wantTypes) {
		t.Errorf("by type: got %+v, want %+v", s.ByType, wantTypes)
	}
}
