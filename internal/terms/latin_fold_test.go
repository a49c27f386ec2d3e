package terms

import "testing"

func TestLatinFold(t *testing.T) {
	runStreamTests(t, withTokenFilters(latinFold{}), []streamTest{
		{"ASCII is untouched", "putin", same("putin")},
		{"acute, cedilla, breve", "pétain ça erdoğan", []span{{"petain", "pétain"}, {"ca", "ça"}, {"erdogan", "erdoğan"}}},
		{"tilde and umlaut", "são müller", []span{{"sao", "são"}, {"muller", "müller"}}},
		{"letters with a stroke", "łukaszenka øresund işık", []span{{"lukaszenka", "łukaszenka"}, {"oresund", "øresund"}, {"isik", "işık"}}},
		{"Vietnamese stacked marks", "nguyễn", []span{{"nguyen", "nguyễn"}}},
		{"loose combining marks", "cafe\u0301", []span{{"cafe", "cafe\u0301"}}},
		{"letters of their own are kept", "straße æsir", same("straße", "æsir")},
		{"Cyrillic keeps its letters", "йошкар", same("йошкар")},
		{"Arabic is untouched", "بوتين", same("بوتين")},
	})
}
