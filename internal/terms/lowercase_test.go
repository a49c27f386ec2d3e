package terms

import "testing"

func TestLowerCase(t *testing.T) {
	runStreamTests(t, withTokenFilters(lowerCase{}), []streamTest{
		{"ASCII", "Putin ELECTIONS g20", []span{{"putin", "Putin"}, {"elections", "ELECTIONS"}, {"g20", "g20"}}},
		{"Latin with accents", "ÉLYSÉE Erdoğan", []span{{"élysée", "ÉLYSÉE"}, {"erdoğan", "Erdoğan"}}},
		{"Cyrillic and Greek", "МОСКВА ΑΘΗΝΑ", []span{{"москва", "МОСКВА"}, {"αθηνα", "ΑΘΗΝΑ"}}},
		{"a lower case of another length", "İstanbul Ⱥb", []span{{"istanbul", "İstanbul"}, {"ⱥb", "Ⱥb"}}},
		{"Arabic and numbers are untouched", "بوتين ٢٫٥٢", same("بوتين", "٢٫٥٢")},
	})
}
