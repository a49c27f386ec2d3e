package events

import "testing"

// TestEnglishAgentSubject: a subject that names people by what they are,
// qualified by an entity (of/in/from), is coded as that entity.
func TestEnglishAgentSubject(t *testing.T) {
	runPatterns(t, "en", []patternCase{
		{"N in X", "Demonstrators in Gaza attacked Israel.", []string{"ASSAULT Gaza > Israel"}},
		{"N of X", "Supporters of Hamas condemned Israel.", []string{"ACCUSE Hamas > Israel"}},
		{"N of adjective X", "Thousands of angry Hamas supporters condemned Israel.", []string{"ACCUSE Hamas > Israel"}},
		{"N from X over a number", "Doctors from two Russia charities provided aid to Gaza.", []string{"AID Russia > Gaza"}},
		{"ministers of X", "The ministers of Russia agreed to provide aid to Ukraine.", []string{"AGREE Russia > Ukraine"}},
		{"not an agent noun", "A report on Hamas condemned Israel.", nil},
		{"a named subject wins", "Russia and supporters of Hamas condemned Israel.", []string{"ACCUSE Russia > Israel"}},
	})
}
