package plover

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/events"
)

// realFile is the PLOVER gold standard beside the project.
const realFile = "../../../../shared/eval/events/plover/PLOVER_GSR_CAMEO.txt"

func TestMapType(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"AGREE", "AGREE", true},
		{"DEMAND", "REQUEST", true},
		{"DISAPPROVE", "ACCUSE", true},
		{"INVESTIGATE", "ACCUSE", true},
		{"FIGHT", "ASSAULT", true},
		{"fight", "ASSAULT", true},
		{"YIELD", "", false},
		{"DOCUMENT", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := MapType(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("MapType(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	const data = `[
{"id": "D-1", "event": "DOCUMENT", "comment": "not an event"},
{"id": "A-1", "event": "AGREE", "source": [{"actorText": "Jordan", "code": "JOR"}, {"actorText": "Britain", "code": "GBR"}],
 "target": "", "text": "Jordan and Britain have agreed to exercises.",
 "textInfo": {"markup": "(SRC/TAR: Jordan) and (SRC/TAR: Britain) have (EVT: agreed)"}},
{"id": "F-1", "event": "FIGHT", "source": [{"actorText": "Israeli helicopters", "code": "ISR"}],
 "target": [{"actorText": "Palestinian ... areas", "code": "PSE"}], "text": "Israeli helicopters shelled Palestinian areas.",
 "textInfo": "no markup object"},
{"id": "X-1", "event": "ASSAULT", "source": null, "target": "diplomatic", "text": "A bomb went off.", "textInfo": null}
]`
	path := filepath.Join(t.TempDir(), "gsr.json")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Record{
		{ID: "A-1", Type: "AGREE", Category: "AGREE", Actors: []string{"Jordan", "Britain"}, ActorCodes: []string{"JOR", "GBR"},
			Reciprocal: true, Text: "Jordan and Britain have agreed to exercises."},
		{ID: "F-1", Type: "ASSAULT", Category: "FIGHT", Actors: []string{"Israeli helicopters"}, ActorCodes: []string{"ISR"},
			Recipients: []string{"Palestinian ... areas"}, RecipientCodes: []string{"PSE"}, Text: "Israeli helicopters shelled Palestinian areas."},
		{ID: "X-1", Type: "ASSAULT", Category: "ASSAULT", Text: "A bomb went off."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.ID != w.ID || g.Type != w.Type || g.Category != w.Category || g.Text != w.Text || g.Reciprocal != w.Reciprocal ||
			!slices.Equal(g.Actors, w.Actors) || !slices.Equal(g.ActorCodes, w.ActorCodes) ||
			!slices.Equal(g.Recipients, w.Recipients) || !slices.Equal(g.RecipientCodes, w.RecipientCodes) {
			t.Errorf("record %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func TestLoadUnknownCategory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gsr.json")
	os.WriteFile(path, []byte(`[{"id": "Y-1", "event": "YIELD", "text": "They gave in."}]`), 0o644)
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), `"YIELD"`) || !strings.Contains(err.Error(), "Y-1") {
		t.Errorf("Load: got error %v, want one naming YIELD and Y-1", err)
	}
}

func TestMatchArg(t *testing.T) {
	m := newMatcher(countriesTSV)
	tests := []struct {
		name      string
		cands     []string
		text, cod string
		want      bool
	}{
		{"same", []string{"Jordan"}, "Jordan", "JOR", true},
		{"coded holds gold", []string{"Hungarian officials"}, "Hungarian", "HUN", true},
		{"gold holds coded", []string{"Abdullah II"}, "Jordan's King Abdullah II", "JOR", true},
		{"case", []string{"SUDANESE GOVERNMENT"}, "Sudanese government", "SDN", true},
		{"country by demonym", []string{"Hungary"}, "Hungarian", "HUN", true},
		{"country by capital", []string{"Tokyo"}, "Japanese", "JAP", true},
		{"piece of a split mention", []string{"Bosnian Serbs"}, "Bosnian Serbs ... forces", "SRB", true},
		{"span after empty name", []string{"", "the U.S."}, "United States", "USA", true},
		{"whole words only", []string{"Niger"}, "Nigeria", "NGA", false},
		{"other country", []string{"Israel"}, "Palestinian security forces", "PSE", false},
		{"no country for IGO", []string{"Japan"}, "Asia-Pacific Economic Cooperation", "IGO", false},
		{"articles only", []string{"the"}, "the Palestinians", "PSE", false},
		{"nothing coded", nil, "Jordan", "JOR", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.matchArg(tt.cands, &gold{tt.text, tt.cod}); got != tt.want {
				t.Errorf("matchArg(%q, %q %s) = %v, want %v", tt.cands, tt.text, tt.cod, got, tt.want)
			}
		})
	}
}

// span returns the Arg naming the first occurrence of s in text by its
// span only.
func span(text, s string) *events.Arg {
	i := strings.Index(text, s)
	if i < 0 {
		panic("no " + s + " in " + text)
	}
	return &events.Arg{Start: i, End: i + len(s)}
}

func named(name string) *events.Arg { return &events.Arg{Name: name} }

// fixture is a small record set and a fake coder whose every figure is
// worked out by hand in TestScore.
func fixture() ([]Record, func(string) []events.Event) {
	recs := []Record{
		{ID: "consult", Type: "CONSULT", Actors: []string{"Warren Christopher"}, ActorCodes: []string{"USA"},
			Recipients: []string{"Russian Foreign Minister Andrei Kozyrev"}, RecipientCodes: []string{"RUS"},
			Text: "Warren Christopher met Russian Foreign Minister Andrei Kozyrev in Geneva."},
		{ID: "fight", Type: "ASSAULT", Category: "FIGHT", Actors: []string{"Israeli helicopters"}, ActorCodes: []string{"ISR"},
			Recipients: []string{"Palestinian security forces"}, RecipientCodes: []string{"PSE"},
			Text: "Israeli helicopters shelled positions of the Palestinian security forces."},
		{ID: "agree", Type: "AGREE", Actors: []string{"Hungarian", "Romanian"}, ActorCodes: []string{"HUN", "ROU"}, Reciprocal: true,
			Text: "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate."},
		{ID: "demand", Type: "REQUEST", Category: "DEMAND", Actors: []string{"Andreas Papandreou"}, ActorCodes: []string{"GRC"},
			Text: "Andreas Papandreou demanded immediate elections."},
		{ID: "protest", Type: "PROTEST", Actors: []string{"Prisoners"}, Text: "Prisoners rioted at a jail in Dili."},
	}
	coded := map[string][]events.Event{
		// CONSULT in the other order (a match), and a spurious ACCUSE whose
		// actor and recipient are both right.
		recs[0].Text: {
			{Type: "CONSULT", Actor: named("Andrei Kozyrev"), Recipient: named("Warren Christopher")},
			{Type: "ACCUSE", Actor: named("Christopher"), Recipient: named("Russia")},
		},
		// The right actor by its span, a wrong recipient; a negated event.
		recs[1].Text: {
			{Type: "ASSAULT", Actor: span(recs[1].Text, "Israeli helicopters"), Recipient: named("Hamas")},
			{Type: "ASSAULT", Actor: named("Palestinian security forces"), Negated: true},
		},
		// Each party of the agreement alone, named by its country.
		recs[2].Text: {
			{Type: "AGREE", Actor: named("Hungary")},
			{Type: "AGREE", Actor: named("Romania")},
		},
		// Nothing for "demand"; the wrong type, twice, for "protest".
		recs[4].Text: {
			{Type: "REJECT", Actor: named("Prisoners")},
			{Type: "REJECT", Actor: span(recs[4].Text, "Prisoners")},
		},
	}
	return recs, func(text string) []events.Event { return coded[text] }
}

func TestScore(t *testing.T) {
	recs, code := fixture()
	r := Score(recs, code)
	ints := []struct {
		name      string
		got, want int
	}{
		{"Records", r.Records, 5},
		{"Sentences", r.Sentences, 5},
		{"TypeFound", r.TypeFound, 3},
		{"TopCorrect", r.TopCorrect, 3},
		{"Events.System", r.Events.System, 6},
		{"Events.Correct", r.Events.Correct, 3},
		{"Events.Gold", r.Events.Gold, 5},
		{"Events.Found", r.Events.Found, 2},
		{"FullyFound", r.FullyFound, 2},
		{"Spurious", r.Spurious(), 3},
		{"Actors.System", r.Actors.System, 6},
		{"Actors.Correct", r.Actors.Correct, 5},
		{"Actors.Gold", r.Actors.Gold, 6},
		{"Actors.Found", r.Actors.Found, 5},
		{"Recipients.System", r.Recipients.System, 3},
		{"Recipients.Correct", r.Recipients.Correct, 1},
		{"Recipients.Gold", r.Recipients.Gold, 2},
		{"Recipients.Found", r.Recipients.Found, 1},
		{"NoEvent", r.NoEvent, 1},
		{"Negated", r.Negated, 1},
		// ACCUSE in the CONSULT sentence, REJECT (once, deduplicated) in
		// the PROTEST one.
		{"WrongType", r.WrongType, 2},
	}
	for _, tt := range ints {
		if tt.got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	floats := []struct {
		name      string
		got, want float64
	}{
		{"TypeAccuracy", r.TypeAccuracy(), 3.0 / 5},
		{"TopAccuracy", r.TopAccuracy(), 3.0 / 5},
		{"Events.Precision", r.Events.Precision(), 0.5},
		{"Events.Recall", r.Events.Recall(), 0.4},
		{"Events.F1", r.Events.F1(), 2 * 0.5 * 0.4 / 0.9},
		{"Actors.F1", r.Actors.F1(), 5.0 / 6},
		{"Recipients.F1", r.Recipients.F1(), 2 * (1.0 / 3) * 0.5 / (1.0/3 + 0.5)},
		{"SpuriousRate", r.SpuriousRate(), 0.5},
		{"WrongTypeRate", r.WrongTypeRate(), 2.0 / 6},
		// CONSULT, ASSAULT, AGREE 1; REQUEST, PROTEST 0 (missed); ACCUSE,
		// REJECT 0 (coded, not in gold).
		{"MacroF1", r.MacroF1(), 3.0 / 7},
		// ACCUSE was never the first event: left out.
		{"TopMacroF1", r.TopMacroF1(), 3.0 / 6},
	}
	for _, tt := range floats {
		if math.Abs(tt.got-tt.want) > 1e-9 {
			t.Errorf("%s: got %.6f, want %.6f", tt.name, tt.got, tt.want)
		}
	}
	wantTypes := map[string]TypeScore{
		"CONSULT": {Support: 1, Sentences: 1, Coded: 1, Correct: 1, TopCoded: 1, TopCorrect: 1},
		"ACCUSE":  {Coded: 1},
		"ASSAULT": {Support: 1, Sentences: 1, Coded: 1, Correct: 1, TopCoded: 1, TopCorrect: 1},
		"AGREE":   {Support: 1, Sentences: 1, Coded: 1, Correct: 1, TopCoded: 1, TopCorrect: 1},
		"REQUEST": {Support: 1, Sentences: 1},
		"PROTEST": {Support: 1, Sentences: 1},
		"REJECT":  {Coded: 1, TopCoded: 1},
	}
	if len(r.Types) != len(wantTypes) {
		t.Errorf("Types: got %v, want %v", r.Types, wantTypes)
	}
	for k, w := range wantTypes {
		if g := r.Types[k]; g != w {
			t.Errorf("Types[%s]: got %+v, want %+v", k, g, w)
		}
	}
	out := r.String()
	for _, s := range []string{"5 records", "NGEC (2025): 0.52", "UD-PETRARCH", "REQUEST"} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q:\n%s", s, out)
		}
	}
}

// TestScoreSharedSentence checks that a sentence carrying two records is
// coded once and scored against both records' events.
func TestScoreSharedSentence(t *testing.T) {
	const text = "Benin opened its borders to West Africans but refused Ghanaians."
	recs := []Record{
		{ID: "aid", Type: "AID", Actors: []string{"Benin"}, Recipients: []string{"West Africans"}, Text: text},
		{ID: "reject", Type: "REJECT", Actors: []string{"Benin"}, Recipients: []string{"Ghanians"}, RecipientCodes: []string{"GHA"}, Text: text},
	}
	calls := 0
	code := func(string) []events.Event {
		calls++
		return []events.Event{
			{Type: "AID", Actor: named("Benin"), Recipient: named("West Africans")},
			{Type: "REJECT", Actor: named("Benin"), Recipient: named("Ghanaians")},
		}
	}
	r := Score(recs, code)
	if calls != 1 || r.Records != 2 || r.Sentences != 1 {
		t.Errorf("got %d calls, %d records, %d sentences; want 1, 2, 1", calls, r.Records, r.Sentences)
	}
	want := PRF{System: 2, Correct: 2, Gold: 2, Found: 2}
	if r.Events != want || r.Spurious() != 0 || r.FullyFound != 2 {
		t.Errorf("Events: got %+v (spurious %d, fully found %d), want %+v (0, 2)", r.Events, r.Spurious(), r.FullyFound, want)
	}
	// One actor (Benin, in both records), two recipients.
	if wa, wr := (PRF{1, 1, 1, 1}), (PRF{2, 2, 2, 2}); r.Actors != wa || r.Recipients != wr {
		t.Errorf("Actors, Recipients: got %+v, %+v; want %+v, %+v", r.Actors, r.Recipients, wa, wr)
	}
	if r.TypeAccuracy() != 1 || r.TopAccuracy() != 0.5 {
		t.Errorf("type accuracy, top: got %.3f, %.3f; want 1, 0.5", r.TypeAccuracy(), r.TopAccuracy())
	}
}

func TestGoldEvents(t *testing.T) {
	tests := []struct {
		name string
		rec  Record
		want []string // actor>recipient, "*" for unchecked, "~" for a pair
	}{
		{"pair of lists", Record{Actors: []string{"A", "B"}, Recipients: []string{"C"}}, []string{"A>C", "B>C"}},
		{"no recipient", Record{Actors: []string{"A"}}, []string{"A>*"}},
		{"no actor", Record{Recipients: []string{"C"}}, []string{"*>C"}},
		{"nothing", Record{}, []string{"*>*"}},
		{"reciprocal", Record{Actors: []string{"A", "B", "C"}, Reciprocal: true}, []string{"A~B", "A~C", "B~C"}},
		{"self left out", Record{Actors: []string{"A"}, Recipients: []string{"a", "C"}}, []string{"A>C"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, g := range goldEvents(tt.rec) {
				name := func(x *gold) string {
					if x == nil {
						return "*"
					}
					return x.text
				}
				sep := ">"
				if g.pair {
					sep = "~"
				}
				got = append(got, name(g.actor)+sep+name(g.recipient))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func loadReal(t *testing.T) []Record {
	t.Helper()
	if _, err := os.Stat(realFile); err != nil {
		t.Skipf("PLOVER gold standard not found at %s (../shared is absent): %v", realFile, err)
	}
	recs, err := Load(realFile)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestLoadReal(t *testing.T) {
	recs := loadReal(t)
	// 323 entries, one of them DOCUMENT.
	if len(recs) != 322 {
		t.Errorf("got %d records, want 322", len(recs))
	}
	count := map[string]int{}
	ids := map[string]bool{}
	var twice []string
	reciprocal := 0
	for _, r := range recs {
		if !slices.Contains(Types, r.Type) {
			t.Errorf("%s: type %q (category %q) is not PLOVER", r.ID, r.Type, r.Category)
		}
		if ids[r.ID] {
			twice = append(twice, r.ID)
		}
		ids[r.ID] = true
		count[r.Type]++
		if r.Reciprocal {
			reciprocal++
		}
	}
	want := map[string]int{"ACCUSE": 16 + 9, "REQUEST": 34, "ASSAULT": 15 + 17, "AGREE": 40, "COOPERATE": 4}
	for k, w := range want {
		if count[k] != w {
			t.Errorf("%s: got %d records, want %d", k, count[k], w)
		}
	}
	if len(count) != len(Types) {
		t.Errorf("got %d types in the file, want all %d: %v", len(count), len(Types), count)
	}
	// The file gives one id to two different sentences.
	if want := []string{"PLOVER-GSR01-COERCE-0004"}; !slices.Equal(twice, want) {
		t.Errorf("ids given twice: got %q, want %q", twice, want)
	}
	if reciprocal == 0 {
		t.Error("no reciprocal (SRC/TAR) record found")
	}
}

// TestScoreRealOracle scores a coder that returns the gold events
// themselves: everything must be right, so the gold expansion and the
// argument matching agree with the file.
func TestScoreRealOracle(t *testing.T) {
	recs := loadReal(t)
	byText := map[string][]events.Event{}
	for _, r := range recs {
		var evs []events.Event
		for _, g := range goldEvents(r) {
			e := events.Event{Type: r.Type}
			if g.actor != nil {
				e.Actor = named(g.actor.text)
			}
			if g.recipient != nil {
				e.Recipient = named(g.recipient.text)
			}
			evs = append(evs, e)
		}
		byText[r.Text] = append(byText[r.Text], evs...)
	}
	res := Score(recs, func(text string) []events.Event { return byText[text] })
	if res.Events.F1() != 1 || res.TypeAccuracy() != 1 || res.Actors.F1() != 1 || res.Recipients.F1() != 1 || res.MacroF1() != 1 {
		t.Errorf("oracle is not perfect:\n%s", res)
	}
	if res.Sentences != 316 {
		t.Errorf("got %d sentences, want 316 (six carry two records)", res.Sentences)
	}
}

func TestHalf(t *testing.T) {
	recs := []Record{
		{ID: "1", Text: "s1"}, {ID: "2", Text: "s2"}, {ID: "3", Text: "s2"},
		{ID: "4", Text: "s3"}, {ID: "5", Text: "s4"},
	}
	ids := func(rs []Record) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return out
	}
	tests := []struct {
		half string
		want []string
	}{
		{"a", []string{"1", "4"}},
		{"B", []string{"2", "3", "5"}},
	}
	for _, tt := range tests {
		t.Run(tt.half, func(t *testing.T) {
			got, err := Half(recs, tt.half)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), tt.want) {
				t.Errorf("Half(%q) = %v, want %v", tt.half, ids(got), tt.want)
			}
		})
	}
	if _, err := Half(recs, "c"); err == nil {
		t.Error("Half(c): got no error")
	}
}

func TestScoreDetails(t *testing.T) {
	recs := []Record{{ID: "X-1", Type: "ASSAULT", Actors: []string{"Israel"}, ActorCodes: []string{"ISR"},
		Recipients: []string{"Gaza"}, RecipientCodes: []string{"PSE"}, Text: "Israel shelled Gaza."}}
	res := Score(recs, func(string) []events.Event {
		return []events.Event{
			{Type: "ASSAULT", Actor: named("Israel"), Recipient: named("Gaza")},
			{Type: "THREATEN", Actor: named("Israel")},
		}
	})
	if len(res.Details) != 1 {
		t.Fatalf("got %d details, want 1", len(res.Details))
	}
	d := res.Details[0]
	if !d.Found || !slices.Equal(d.Correct, []bool{true, false}) {
		t.Errorf("got found %v, correct %v; want true, [true false]", d.Found, d.Correct)
	}
	if want := []string{"ASSAULT Israel -> Gaza"}; !slices.Equal(d.Gold, want) {
		t.Errorf("gold: got %q, want %q", d.Gold, want)
	}
	if want := []string{"ASSAULT israel -> gaza", "THREATEN israel"}; !slices.Equal(d.Coded, want) {
		t.Errorf("coded: got %q, want %q", d.Coded, want)
	}
}

func TestConfusion(t *testing.T) {
	recs := []Record{
		{ID: "X-1", Type: "ASSAULT", Actors: []string{"Israel"}, Text: "Israel shelled Gaza."},
		{ID: "X-2", Type: "PROTEST", Actors: []string{"Students"}, Text: "Students marched."},
		{ID: "X-3", Type: "REJECT", Actors: []string{"Iran"}, Text: "Iran said no."},
	}
	coded := map[string][]events.Event{
		"Israel shelled Gaza.": {{Type: "ASSAULT", Actor: named("Israel")}},
		"Students marched.":    {{Type: "COERCE", Actor: named("Students")}, {Type: "PROTEST", Actor: named("Students")}},
	}
	res := Score(recs, func(text string) []events.Event { return coded[text] })
	want := map[string]map[string]int{"ASSAULT": {"ASSAULT": 1}, "PROTEST": {"COERCE": 1}, "REJECT": {"": 1}}
	for g, row := range want {
		for c, n := range row {
			if got := res.Confusion[g][c]; got != n {
				t.Errorf("Confusion[%s][%q] = %d, want %d", g, c, got, n)
			}
		}
	}
	var b strings.Builder
	if err := res.PrintConfusion(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, s := range []string{"1  PROTEST -> COERCE", "1  REJECT -> –"} {
		if !strings.Contains(out, s) {
			t.Errorf("PrintConfusion: %q not in\n%s", s, out)
		}
	}
}
