package events

import "testing"

// TestEnglishMainClause: an English sentence reports the event of its main
// clause; other triggers are its background, unless a conjunction joins a
// clause of their own.
func TestEnglishMainClause(t *testing.T) {
	runPatterns(t, "en", []patternCase{
		{"relative clause", "Putin met Aliyev, who thanked Erdogan.", []string{"CONSULT Putin > Aliyev"}},
		{"condition", "Russia threatened to bomb Ukraine unless Israel withdrew from Gaza.", []string{"THREATEN Russia > Ukraine"}},
		{"time clause", "Putin accused Ukraine after Israel bombed Gaza.", []string{"ACCUSE Putin > Ukraine"}},
		{"participle", "Israel bombed Gaza, attacking Hamas.", []string{"ASSAULT Israel > Gaza"}},
		{"purpose clause", "Putin visited Ukraine to criticize Israel.", []string{"CONSULT Putin > Ukraine"}},
		{"noun beside a verb", "Putin met Aliyev to discuss the attack on Ukraine.", []string{"CONSULT Putin > Aliyev"}},
		{"trailing attribution", "Israel bombed Gaza on Monday, the United Nations charged.", []string{"ASSAULT Israel > Gaza"}},
		{"coordinated clause kept", "Hamas kidnapped Aliyev; Israel bombed Gaza.", []string{"ASSAULT Hamas > Aliyev", "ASSAULT Israel > Gaza"}},
		{"coordinated subject kept", "Israel bombed Gaza but Russia condemned Israel.", []string{"ASSAULT Israel > Gaza", "ACCUSE Russia > Israel"}},
		// what may happen is no event; an act announced on a condition
		// is a threat
		{"condition is no event of its own", "Hamas threatened a strike unless Israel withdrew from Gaza.", []string{"THREATEN Hamas > Israel"}},
		{"if clause first", "If Israel attacks Gaza, Hamas will respond.", nil},
		{"will V unless: a threat", "Russia said it will withdraw from Ukraine unless Israel meets Hamas.", []string{"THREATEN Russia > Ukraine"}},
		{"will V: intent", "Russia said it will withdraw from Ukraine.", []string{"AGREE Russia > Ukraine"}},
		// a coordinated verb phrase shares its first verb's subject and
		// clause
		{"coordinated verbs share the subject", "Israel bombed Gaza and killed Aliyev.", []string{"ASSAULT Israel > Gaza", "ASSAULT Israel > Aliyev"}},
		{"no subject for the second verb either", "A bombing near Gaza killed Aliyev and wounded Putin.", nil},
		{"second verb of a relative clause", "Putin met Aliyev, who thanked Erdogan and praised Russia.", []string{"CONSULT Putin > Aliyev"}},
		{"second verb of a purpose clause", "Russia met Israel to support Hamas and criticize Ukraine.", []string{"CONSULT Russia > Israel"}},
		{"all subordinate: the first", "After Israel bombed Gaza, which Hamas condemned.", []string{"ASSAULT Israel > Gaza"}},
	})
}
