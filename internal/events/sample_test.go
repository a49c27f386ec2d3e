package events

import (
	"encoding/json"
	"os"
	"testing"
)

const samplePath = "../../samples/independent-arabia-putin-aliyev-dushanbe.txt"

// sampleEntities are the entities of the sample, by hand: canonical names
// and the surface forms the linker resolves to them.
var sampleEntities = []ent{
	{"Q7747", "Vladimir Putin", "PER", []string{"فلاديمير بوتين", "بوتين", "فلاديمير فلاديميروفيتش", "الرئيس الروسي", "الرئيس فلاديمير بوتين"}},
	{"Q33822", "Ilham Aliyev", "PER", []string{"إلهام علييف", "علييف", "عليف", "إلهام حيدروفيتش", "الرئيس الأذري"}},
	{"Q4066071", "Andrei Kolesnikov", "PER", []string{"أندريه كوليسنيكوف", "كوليسنيكوف"}},
	{"Q80076", "Sergei Lavrov", "PER", []string{"سيرغي لافروف", "لافروف"}},
	{"Q8479", "Peter the Great", "PER", []string{"بطرس الأعظم", "بطرس الأول"}},
	{"Q7106", "Nikol Pashinyan", "PER", []string{"نيكول باشينيان", "باشينيان"}},
	{"Q1107446", "Kommersant", "ORG", []string{"كوميرسانت"}},
	{"Q1141398", "Kremlin", "ORG", []string{"الكرملين"}},
	{"Q7779", "Commonwealth of Independent States", "ORG", []string{"رابطة الدول المستقلة", "رابطة بلدان الكومنولث", "الكومنولث"}},
	{"Q458", "European Union", "ORG", []string{"الاتحاد الأوروبي"}},
	{"Q35525", "White House", "ORG", []string{"البيت الأبيض"}},
	{"Q171086", "Azerbaijan Airlines", "ORG", []string{"آزال"}},
	{"Q159", "Russia", "GPE", []string{"روسيا"}},
	{"Q227", "Azerbaijan", "GPE", []string{"أذربيجان"}},
	{"Q9365", "Dushanbe", "GPE", []string{"دوشنبه"}},
	{"Q863", "Tajikistan", "GPE", []string{"طاجيكستان"}},
	{"Q232", "Kazakhstan", "GPE", []string{"كازاخستان"}},
	{"Q265", "Uzbekistan", "GPE", []string{"أوزبكستان"}},
	{"Q813", "Kyrgyzstan", "GPE", []string{"قيرغيزستان"}},
	{"Q874", "Turkmenistan", "GPE", []string{"تركمانستان"}},
	{"Q184", "Belarus", "GPE", []string{"بيلاروس"}},
	{"Q399", "Armenia", "GPE", []string{"أرمينيا"}},
	{"Q649", "Moscow", "GPE", []string{"موسكو"}},
	{"Q956", "Beijing", "GPE", []string{"بكين"}},
	{"Q9364", "Baku", "GPE", []string{"باكو"}},
	{"Q656", "Saint Petersburg", "GPE", []string{"سانت بطرسبورغ"}},
	{"Q39450", "Anchorage", "GPE", []string{"أنكوريج"}},
	{"Q797", "Alaska", "GPE", []string{"ألاسكا"}},
	{"Q212", "Ukraine", "GPE", []string{"أوكرانيا"}},
	{"Q30", "United States", "GPE", []string{"الولايات المتحدة"}},
	{"Q43", "Turkey", "GPE", []string{"تركيا"}},
	{"Q38", "Italy", "GPE", []string{"إيطاليا"}},
	{"Q15180", "Soviet Union", "GPE", []string{"الاتحاد السوفياتي"}},
	{"Q27275", "Central Asia", "LOC", []string{"آسيا الوسطى", "آسيا الوسطي"}},
	{"Q5185", "Palace of the Nation", "LOC", []string{"قصر الأمة"}},
	{"Q-igc", "Intergovernmental Commission on Economic Cooperation", "ORG", []string{"اللجنة الحكومية الدولية للتعاون الاقتصادي", "للجنة الحكومية الدولية للتعاون الاقتصادي"}},
	{"Q1187", "Astrakhan", "GPE", []string{"أستراخان"}},
}

// goldEvent is an event of a gold file (GUIDELINES: Gold file format).
type goldEvent struct {
	Type         string `json:"type"`
	Actor        string `json:"actor"`
	Recipient    string `json:"recipient,omitempty"`
	AltActor     string `json:"alt_actor,omitempty"`
	AltRecipient string `json:"alt_recipient,omitempty"`
	Optional     bool   `json:"optional,omitempty"`
}

func (g goldEvent) matches(e Event) bool {
	if e.Type != g.Type || e.Actor == nil {
		return false
	}
	rec := ""
	if e.Recipient != nil {
		rec = e.Recipient.Name
	}
	is := func(name, want, alt string) bool { return name == want || alt != "" && name == alt }
	if is(e.Actor.Name, g.Actor, g.AltActor) && (g.Recipient == "" || is(rec, g.Recipient, g.AltRecipient)) {
		return true
	}
	// either order for CONSULT
	return g.Type == "CONSULT" && g.Recipient != "" && is(rec, g.Actor, g.AltActor) && is(e.Actor.Name, g.Recipient, g.AltRecipient)
}

// scoreEvents scores coded events against gold by (type, actor, recipient)
// as sets: system events with the same triple count once; negated events
// are not events. A system triple that matches only optional gold is
// neither right nor wrong.
func scoreEvents(evs []Event, gold []goldEvent) (tp, fp, fn int, p, r, f float64, misses, wrong []string) {
	seen := map[string]Event{}
	var order []string
	for _, e := range evs {
		if e.Negated {
			continue
		}
		k := triple(e)
		if _, ok := seen[k]; !ok {
			seen[k] = e
			order = append(order, k)
		}
	}
	found := make([]bool, len(gold))
	for _, k := range order {
		e := seen[k]
		hit, opt := false, false
		for gi, g := range gold {
			if g.matches(e) {
				if g.Optional {
					opt = true
				} else {
					hit = true
					found[gi] = true
				}
			}
		}
		switch {
		case hit:
			tp++
		case !opt:
			fp++
			wrong = append(wrong, k)
		}
	}
	for gi, g := range gold {
		if !g.Optional && !found[gi] {
			fn++
			misses = append(misses, g.Type+" "+g.Actor+" > "+g.Recipient)
		}
	}
	tpm := 0
	for gi, g := range gold {
		if !g.Optional && found[gi] {
			tpm++
		}
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tpm+fn > 0 {
		r = float64(tpm) / float64(tpm+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func loadSample(t testing.TB) (string, []Entity) {
	t.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatalf("read the sample: %v", err)
	}
	text := string(b)
	return text, findEntities(text, sampleEntities)
}

func TestSample(t *testing.T) {
	text, ents := loadSample(t)
	d := newDoc(t, text, "ar")
	evs := NewCoder().Code(d, ents, nil)
	for _, e := range evs {
		pl := ""
		if e.Place != nil {
			pl = " @" + e.Place.Name
		}
		t.Logf("%-45s %s [%s]%s", triple(e), e.Cameo, e.Trigger, pl)
	}
	b, err := os.ReadFile("testdata/independent-arabia-putin-aliyev-dushanbe.events.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold []goldEvent
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	tp, fp, fn, p, r, f, misses, wrong := scoreEvents(evs, gold)
	t.Logf("events: tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f", tp, fp, fn, p, r, f)
	for _, m := range misses {
		t.Logf("missed: %s", m)
	}
	for _, w := range wrong {
		t.Logf("spurious: %s", w)
	}
	if f < 0.75 {
		t.Errorf("event F1 = %.3f, want ≥ 0.75", f)
	}

	// the facts the article turns on
	want := []struct {
		typ, actor, rec, place string
	}{
		{"CONSULT", "Vladimir Putin", "Ilham Aliyev", "Dushanbe"},
		{"CONCEDE", "Vladimir Putin", "Ilham Aliyev", ""},
		{"SUPPORT", "Ilham Aliyev", "Vladimir Putin", ""},
		{"AGREE", "Vladimir Putin", "Commonwealth of Independent States", ""},
	}
	for _, w := range want {
		ok := false
		for _, e := range evs {
			if e.Negated || e.Type != w.typ || argName(e.Actor) != w.actor && !(w.typ == "CONSULT" && argName(e.Recipient) == w.actor) {
				continue
			}
			if w.rec != "" && argName(e.Recipient) != w.rec && !(w.typ == "CONSULT" && argName(e.Actor) == w.rec) {
				continue
			}
			if w.place != "" && argName(e.Place) != w.place {
				continue
			}
			ok = true
		}
		if !ok {
			t.Errorf("no %s %s > %s (place %q)", w.typ, w.actor, w.rec, w.place)
		}
	}
	// «لم يتبادلا الحديث» is coded negated, never as an event
	for _, e := range evs {
		if e.Trigger == "يتبادلا" && !e.Negated {
			t.Errorf("got %s from «لم يتبادلا الحديث», want it negated", triple(e))
		}
	}
}
