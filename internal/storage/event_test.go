package storage

import (
	"context"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

func TestEventsDeduplicatedAndRelations(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	putin := &model.Ref{ID: "Q:vladimir-putin", Name: "Vladimir Putin"}
	aliyev := &model.Ref{ID: "Q:ilham-aliyev", Name: "Ilham Aliyev"}
	dushanbe := &model.Ref{ID: "city:dushanbe", Name: "Dushanbe"}
	meet := func(a, r *model.Ref, text string) model.Event {
		return model.Event{Type: "CONSULT", Cameo: "040", Actor: a, Recipient: r, Date: "2025-10-09", Place: dushanbe, Text: text, Start: 0, End: len([]rune(text))}
	}
	ar := analysed("https://a.example/ar", "التقى بوتين علييف في دوشنبه.")
	ar.Analysis.Events = []model.Event{
		meet(putin, aliyev, "التقى بوتين علييف في دوشنبه."),
		{Type: "CONCEDE", Actor: putin, Recipient: aliyev, Text: "اعتذر بوتين لعلييف.", Start: 30, End: 49},
		{Type: "CONSULT", Actor: putin, Recipient: aliyev, Text: "لم يلتق بوتين علييف.", Negated: true, Start: 50, End: 70},
		// The same meeting again, without its place: one happening still.
		{Type: "CONSULT", Actor: putin, Recipient: aliyev, Date: "2025-10-09", Text: "وكان اللقاء وديا.", Start: 71, End: 88},
	}
	en := analysed("https://b.example/en", "Aliyev met Putin in Dushanbe.")
	en.Analysis.Lang = "en"
	// The same meeting, told the other way round and in English.
	en.Analysis.Events = []model.Event{meet(aliyev, putin, "Aliyev met Putin in Dushanbe.")}
	if _, err := s.SaveArticles(ctx, []*model.Article{ar, en}); err != nil {
		t.Fatal(err)
	}
	hs, err := s.Events(ctx, EventQuery{Involving: []string{"Q:vladimir-putin"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 2 {
		t.Fatalf("happenings = %d, want 2 (the meeting once, the apology): %+v", len(hs), hs)
	}
	var meeting *Happening
	for i := range hs {
		if hs[i].Event.Type == "CONSULT" {
			meeting = &hs[i]
		}
	}
	if meeting == nil || len(meeting.Mentions) != 3 || meeting.Event.Place.ID != "city:dushanbe" {
		t.Errorf("meeting = %+v, want one happening with an Arabic and an English mention", meeting)
	}
	if hs, _ := s.Events(ctx, EventQuery{Types: []string{"CONCEDE"}, Actors: []string{"Q:ilham-aliyev"}}); len(hs) != 0 {
		t.Errorf("Aliyev did not apologise: %+v", hs)
	}
	rel, err := s.Relations(ctx, "Q:ilham-aliyev", "Q:vladimir-putin")
	if err != nil || len(rel) == 0 {
		t.Fatalf("Relations = %+v, %v", rel, err)
	}
	total := map[string]int{}
	for _, r := range rel {
		for k, v := range r.Count {
			total[k] += v
		}
	}
	if total["verbal cooperation"] != 1 || total["material cooperation"] != 1 {
		t.Errorf("relations = %v, want one verbal (the meeting, once) and one material cooperation (the apology)", total)
	}
}

func TestArticleAnalysisRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := analysed("https://x.example/rt", "قال بوتين إن التجارة ارتفعت بنسبة سبعة في المئة عام 2024 بعد لقائه علييف.")
	putin := model.Entity{ID: "Q:vladimir-putin", Name: "Vladimir Putin", Type: "PER", Mentions: []model.Mention{{Start: 4, End: 9, Text: "بوتين"}}}
	a.Analysis.Entities = []model.Entity{putin}
	a.Analysis.Quotes = []model.Quote{{Speaker: &model.Speaker{ID: putin.ID, Name: putin.Name}, Text: "التجارة ارتفعت", Start: 13, End: 27, Cue: "قال", Kind: "indirect"}}
	a.Analysis.Amounts = []model.Amount{{Value: 7, Unit: "%", Kind: "change", Direction: "up", Approx: true, Text: "سبعة في المئة", Start: 34, End: 47}}
	a.Analysis.Dates = []model.Date{{Value: "2024", Precision: "year", Text: "عام 2024", Start: 48, End: 56}}
	a.Analysis.Events = []model.Event{{Type: "CONSULT", Cameo: "040", Actor: &model.Ref{ID: putin.ID, Name: putin.Name}, Recipient: &model.Ref{ID: "Q:ilham-aliyev", Name: "Ilham Aliyev"}, Text: a.Text, Start: 0, End: 70, Trigger: "لقائه"}}
	if _, err := s.SaveArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	got, err := s.ArticleAnalysis(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Entities) != 1 || len(got.Quotes) != 1 || got.Quotes[0].Speaker.ID != putin.ID ||
		len(got.Amounts) != 1 || !got.Amounts[0].Approx || got.Amounts[0].Direction != "up" ||
		len(got.Dates) != 1 || got.Dates[0].Value != "2024" ||
		len(got.Events) != 1 || got.Events[0].Recipient.ID != "Q:ilham-aliyev" || got.Events[0].Trigger != "لقائه" {
		t.Errorf("round trip lost something: %+v", got)
	}
}
