package events

import "testing"

func ev(typ, actor, rec, date, place string, neg bool) Event {
	e := Event{Type: typ, Actor: &Arg{ID: actor, Name: actor}, Date: date, Negated: neg}
	if rec != "" {
		e.Recipient = &Arg{ID: rec, Name: rec}
	}
	if place != "" {
		e.Place = &Arg{ID: place, Name: place}
	}
	return e
}

func TestDedup(t *testing.T) {
	cases := []struct {
		name   string
		in     []Event
		groups []int // mentions per group
	}{
		{"same triple", []Event{ev("CONSULT", "putin", "aliyev", "", "", false), ev("CONSULT", "putin", "aliyev", "", "", false)}, []int{2}},
		{"CONSULT either order", []Event{ev("CONSULT", "putin", "aliyev", "", "", false), ev("CONSULT", "aliyev", "putin", "", "", false)}, []int{2}},
		{"SUPPORT keeps direction", []Event{ev("SUPPORT", "putin", "aliyev", "", "", false), ev("SUPPORT", "aliyev", "putin", "", "", false)}, []int{1, 1}},
		{"other type", []Event{ev("CONSULT", "putin", "aliyev", "", "", false), ev("AGREE", "putin", "aliyev", "", "", false)}, []int{1, 1}},
		{"one date empty", []Event{ev("CONSULT", "putin", "aliyev", "2025-10-09", "", false), ev("CONSULT", "putin", "aliyev", "", "", false)}, []int{2}},
		{"date precision", []Event{ev("CONSULT", "putin", "aliyev", "2025-10", "", false), ev("CONSULT", "putin", "aliyev", "2025-10-09", "", false)}, []int{2}},
		{"different dates", []Event{ev("CONSULT", "putin", "aliyev", "2025-10-09", "", false), ev("CONSULT", "putin", "aliyev", "2024-12-25", "", false)}, []int{1, 1}},
		{"different places", []Event{ev("CONSULT", "putin", "aliyev", "", "dushanbe", false), ev("CONSULT", "putin", "aliyev", "", "beijing", false)}, []int{1, 1}},
		{"one place unsaid", []Event{ev("CONSULT", "putin", "aliyev", "", "dushanbe", false), ev("CONSULT", "putin", "aliyev", "", "", false)}, []int{2}},
		{"negated left out", []Event{ev("CONSULT", "putin", "aliyev", "", "", true), ev("CONSULT", "putin", "aliyev", "", "", false)}, []int{1}},
		{"recipient unsaid once: the same happening", []Event{ev("CONCEDE", "putin", "", "", "", false), ev("CONCEDE", "putin", "aliyev", "", "", false)}, []int{2}},
		{"recipient unsaid after it was said", []Event{ev("CONCEDE", "putin", "aliyev", "", "", false), ev("CONCEDE", "putin", "", "", "", false), ev("CONCEDE", "putin", "aliyev", "", "", false)}, []int{3}},
		{"recipient unsaid, two candidates", []Event{ev("CONCEDE", "putin", "", "", "", false), ev("CONCEDE", "putin", "aliyev", "", "", false), ev("CONCEDE", "putin", "erdogan", "", "", false)}, []int{1, 1, 1}},
		{"recipient unsaid, other date", []Event{ev("CONCEDE", "putin", "", "2024-12-25", "", false), ev("CONCEDE", "putin", "aliyev", "2025-10-09", "", false)}, []int{1, 1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := Dedup(tc.in)
			var got []int
			for _, x := range g {
				got = append(got, len(x.Mentions))
			}
			if len(got) != len(tc.groups) {
				t.Fatalf("got groups %v, want %v", got, tc.groups)
			}
			for i := range got {
				if got[i] != tc.groups[i] {
					t.Fatalf("got groups %v, want %v", got, tc.groups)
				}
			}
		})
	}
	// the representative takes the most precise date and a place
	g := Dedup([]Event{ev("CONSULT", "putin", "aliyev", "2025-10", "", false), ev("CONSULT", "aliyev", "putin", "2025-10-09", "dushanbe", false)})
	if g[0].Event.Date != "2025-10-09" || g[0].Event.Place == nil {
		t.Errorf("got date %q place %v, want 2025-10-09 and dushanbe", g[0].Event.Date, g[0].Event.Place)
	}
}

// TestDedupAcrossDocuments codes two reports of one meeting, in Arabic and
// English, and merges them into one happening.
func TestDedupAcrossDocuments(t *testing.T) {
	c := NewCoder()
	var all []Event
	for _, x := range []struct{ text, lang string }{
		{"التقى بوتين علييف في دوشنبه. واعتذر بوتين لعلييف.", "ar"},
		{"Putin and Aliyev met in Dushanbe. Aliyev thanked Putin.", "en"},
	} {
		d := newDoc(t, x.text, x.lang)
		all = append(all, c.Code(d, findEntities(x.text, testEntities), []DateSpan{})...)
	}
	g := Dedup(all)
	got := map[string]int{}
	for _, x := range g {
		got[x.Event.Type] = len(x.Mentions)
	}
	if len(g) != 3 || got["CONSULT"] != 2 {
		t.Errorf("got %d groups %v, want 3 with CONSULT ×2", len(g), got)
	}
}

func TestDate(t *testing.T) {
	text := "التقى بوتين علييف في دوشنبه يوم 9 أكتوبر. واعتذر بوتين لعلييف."
	d := newDoc(t, text, "ar")
	i := len("التقى بوتين علييف في دوشنبه يوم ")
	dates := []DateSpan{{Start: i, End: i + len("9 أكتوبر"), Value: "2025-10-09"}}
	evs := NewCoder().Code(d, findEntities(text, testEntities), dates)
	if len(evs) != 2 || evs[0].Date != "2025-10-09" || evs[1].Date != "" {
		t.Fatalf("got %v, want the date on the first event only", evs)
	}
	if evs[0].Place == nil || evs[0].Place.Name != "Dushanbe" {
		t.Errorf("got place %v, want Dushanbe", evs[0].Place)
	}
}

// TestDedupUnsaidKeepsOrder: a headline's event without its recipient
// folds into the report's, which stands for the group; the mentions stay
// in text order.
func TestDedupUnsaidKeepsOrder(t *testing.T) {
	g := Dedup([]Event{ev("REQUEST", "hadi", "", "", "", false), ev("REQUEST", "hadi", "houthis", "", "aden", false)})
	if len(g) != 1 || g[0].Event.Recipient == nil || g[0].Event.Recipient.ID != "houthis" || g[0].Event.Place == nil ||
		g[0].Mentions[0].Recipient != nil || g[0].Mentions[1].Recipient == nil {
		t.Fatalf("got %+v", g)
	}
}

// TestDedupUnsaidInterleaved: the mentions of a folded group keep the
// input order when the two groups' mentions interleave.
func TestDedupUnsaidInterleaved(t *testing.T) {
	a := ev("REQUEST", "hadi", "houthis", "", "", false)
	a.Text = "1"
	b := ev("REQUEST", "hadi", "", "", "", false)
	b.Text = "2"
	c := ev("REQUEST", "hadi", "houthis", "", "", false)
	c.Text = "3"
	g := Dedup([]Event{a, b, c})
	if len(g) != 1 || len(g[0].Mentions) != 3 || g[0].Mentions[0].Text != "1" || g[0].Mentions[1].Text != "2" || g[0].Mentions[2].Text != "3" {
		t.Fatalf("got %+v", g)
	}
}
