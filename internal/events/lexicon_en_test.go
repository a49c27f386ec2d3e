package events

import (
	"slices"
	"strings"
	"testing"
)

// TestGeneratedLexicon checks that the CAMEO-derived English lexicon is
// loaded, that its verbs trigger events and that hand entries win.
func TestGeneratedLexicon(t *testing.T) {
	c := NewCoder()
	if !strings.Contains(lexiconEnCameo, "MIT") || !strings.Contains(lexiconEnCameo, "PETRARCH2") {
		t.Error("lexicon_en_cameo.tsv header names no source or licence")
	}
	for _, tc := range []struct{ form, typ string }{
		{"abducted", "ASSAULT"}, // generated only
		{"met", "CONSULT"},      // hand entry
		{"condemned", "ACCUSE"}, // hand entry over the generated one
	} {
		es := c.lx.en[tc.form]
		if len(es) == 0 || es[0].Type != tc.typ {
			t.Errorf("lx.en[%q] first type = %v, want %s", tc.form, types(es), tc.typ)
		}
	}
	for _, e := range c.lx.en["met"] {
		if e.gen {
			t.Errorf("lx.en[met] keeps generated entry %s %s: hand entries must win", e.Type, e.Cameo)
		}
	}
}

func types(es []*entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Type)
	}
	return out
}

func TestGeneratedPatterns(t *testing.T) {
	runPatterns(t, "en", []patternCase{
		{"generated verb", "Hamas abducted Putin.", []string{"ASSAULT Hamas > Putin"}},
		{"generated verb as a noun", "Russia discussed the aid to Ukraine.", []string{"CONSULT Russia > -"}},
		// a hand entry that needs an object covers one sense; the
		// generated entries of its forms still code the others
		{"hand sense", "Russia imposed sanctions on Ukraine.", []string{"SANCTION Russia > Ukraine"}},
		{"generated sense beside a hand one", "Israel imposed a curfew on Gaza.", []string{"COERCE Israel > Gaza"}},
		{"generated sense beside a hand one, martial law", "Ukraine imposed martial law.", []string{"COERCE Ukraine > -"}},
	})
}

// fakeDemonym knows three nationality adjectives, and the Russian one in
// Arabic.
func fakeDemonym(w string) (string, string, bool) {
	switch w {
	case "Russian", "الروسية", "الروسي", "الروس", "روسية", "روسي", "روسيتين":
		return "russia", "Russia", true
	case "تركي", "التركي", "التركية", "تركيا", "الأتراك", "أتراك", "تركيان":
		return "turkey", "Turkey", true
	case "الأمريكية", "الأمريكي", "الأمريكيين", "الأميركية":
		return "us", "United States", true
	case "الأذري", "الأذرية":
		return "azerbaijan", "Azerbaijan", true
	case "Hungarian":
		return "hungary", "Hungary", true
	case "Romanian":
		return "romania", "Romania", true
	}
	return "", "", false
}

func TestDemonym(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		hook       bool
		want       []string
	}{
		{"off", "Russian forces attacked Ukraine.", false, nil},
		{"forces", "Russian forces attacked Ukraine.", true, []string{"ASSAULT Russia > Ukraine"}},
		{"the government", "The Russian government condemned Hamas.", true, []string{"ACCUSE Russia > Hamas"}},
		{"title between", "Ukraine accused the Russian foreign minister.", true, []string{"ACCUSE Ukraine > Russia"}},
		{"coordinated", "Hungarian and Romanian officials met.", true, []string{"CONSULT Hungary > Romania"}},
		{"no head noun", "Russian wheat arrived.", true, nil},
		{"plural demonym", "Russians attacked Ukraine.", true, []string{"ASSAULT Russia > Ukraine"}},
		{"plural demonym before a head is an adjective", "Hungarian refugees thanked Aliyev.", true, []string{"SUPPORT Hungary > Aliyev"}},
		{"people by nationality", "Russian militiamen attacked Ukraine.", true, []string{"ASSAULT Russia > Ukraine"}},
		{"place by nationality", "Israel shelled Russian villages.", true, []string{"ASSAULT Israel > Russia"}},
		{"lower case", "russian forces attacked Ukraine.", true, nil},
		{"adjective after a recipient preposition", "Israel imposed restrictions on Russian wheat.", true, []string{"COERCE Israel > Russia"}},
		{"adjective over an article and an adjective", "Hamas threatened to cut power to the autonomous Russian republic.", true, []string{"THREATEN Hamas > Russia"}},
		// a nationality adjective opening a verb's object says whose
		// proposal or act the verb answers
		{"adjective opening a verb's object", "Hamas rejected a fresh Russian proposal.", true, []string{"REJECT Hamas > Russia"}},
		{"adjective right after the verb", "Israel rejected Russian demands.", true, []string{"REJECT Israel > Russia"}},
		{"a participle is an adjective there", "Hamas accused the ruling Russian elite.", true, []string{"ACCUSE Hamas > -"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := NewCoder()
			if tc.hook {
				c.Demonym = fakeDemonym
			}
			d := newDoc(t, tc.text, "en")
			ents := findEntities(tc.text, testEntities)
			n := len(ents)
			var got []string
			for _, e := range c.Code(d, ents, nil) {
				got = append(got, triple(e))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if len(ents) != n {
				t.Errorf("Code changed the caller's entities")
			}
		})
	}
}

// TestHandSenses checks the hand entries for CAMEO's investigate (090),
// military alert and build-up (152, 154) and military or intelligence
// cooperation (062, 064), which PETRARCH's patterns word too narrowly.
func TestHandSenses(t *testing.T) {
	runPatterns(t, "en", []patternCase{
		{"open an inquiry", "The United Nations opened an inquiry into the shelling.", []string{"ACCUSE UN > -"}},
		{"open an inquiry 2", "Israel opened an inquiry into the shelling of Gaza.", []string{"ACCUSE Israel > Gaza"}},
		{"order a probe against", "Israel ordered a probe against Hamas.", []string{"ACCUSE Israel > Hamas"}},
		{"on alert", "Russia placed its navy on full alert.", []string{"MOBILIZE Russia > -"}},
		{"build-up in", "Israel reinforced its troops in Gaza.", []string{"MOBILIZE Israel > Gaza"}},
		{"share intelligence with", "Ukraine exchanged intelligence with Israel.", []string{"COOPERATE Ukraine > Israel"}},
		{"joint exercise with", "Russia staged a joint naval exercise with Ukraine.", []string{"COOPERATE Russia > Ukraine"}},
		{"war games of two", "Russia and Ukraine began war games on Monday.", []string{"COOPERATE Russia > Ukraine"}},
		// single-country exercises are MOBILIZE (PLOVER), not cooperation
		{"war games of one", "Russia began war games on Monday.", nil},
		// lifting a curfew is a concession, lifting a siege a retreat
		// (PLOVER manual, CONCEDE and RETREAT)
		{"lift a curfew", "Israel lifted the night curfew in Gaza.", []string{"CONCEDE Israel > Gaza"}},
		{"ease a state of emergency", "Ukraine eased the state of emergency on Friday.", []string{"CONCEDE Ukraine > -"}},
		{"lift a siege of", "Russia lifted its siege of Ukraine.", []string{"RETREAT Russia > Ukraine"}},
		// obstructing passage is a protest (CAMEO 144), a veto a
		// rejection, accepting demands a concession and accepting a plan
		// an agreement, a surrender a military retreat (CAMEO 0874)
		{"block roads", "Hamas supporters blocked roads in Gaza.", []string{"PROTEST Hamas > Gaza"}},
		{"veto", "Russia vetoed a resolution of the United Nations.", []string{"REJECT Russia > UN"}},
		{"accept demands from", "Israel accepted demands from Hamas.", []string{"CONCEDE Israel > Hamas"}},
		{"accept a plan", "Hamas accepted the peace plan.", []string{"AGREE Hamas > -"}},
		{"surrender to", "Hamas fighters surrendered to Israel.", []string{"RETREAT Hamas > Israel"}},
	})
}
