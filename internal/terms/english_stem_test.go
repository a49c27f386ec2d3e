package terms

import "testing"

// The stemmer runs on lower-cased words; these tests give it lower case.
func TestEnglishStemmer(t *testing.T) {
	runStreamTests(t, withTokenFilters(englishStemmer{}), []streamTest{
		{"plural -s", "elections election talks", []span{{"election", "elections"}, {"election", "election"}, {"talk", "talks"}}},
		{"plural -ies", "countries ties", []span{{"country", "countries"}, {"tie", "ties"}}},
		{"plural -es", "taxes churches classes houses", []span{{"tax", "taxes"}, {"church", "churches"}, {"class", "classes"}, {"house", "houses"}}},
		{"words that only look plural", "press status crisis gas this", same("press", "status", "crisis", "gas", "this")},
		{"possessive", "putin's countries' aliyev’s", []span{{"putin", "putin's"}, {"country", "countries"}, {"aliyev", "aliyev’s"}}},
		{"other apostrophes", "don't o'brien", []span{{"dont", "don't"}, {"obrien", "o'brien"}}},
		{"past and gerund", "killed killing attacked talking", []span{{"kill", "killed"}, {"kill", "killing"}, {"attack", "attacked"}, {"talk", "talking"}}},
		{"doubled consonant", "planned running stopped", []span{{"plan", "planned"}, {"run", "running"}, {"stop", "stopped"}}},
		{"-ied", "carried died", []span{{"carry", "carried"}, {"died", "died"}}},
		{"short stems are kept", "during bring based agreed need red", same("during", "bring", "based", "agreed", "need", "red")},
		{"plural and gerund together", "meetings", []span{{"meet", "meetings"}}},
		{"kept words", "news united evening hamas", same("news", "united", "evening", "hamas")},
		{"not English", "g20 москва éte", same("g20", "москва", "éte")},
	})
}
