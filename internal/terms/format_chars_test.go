package terms

import "testing"

func TestFormatChars(t *testing.T) {
	runStreamTests(t, withCharFilters(formatChars{}), []streamTest{
		{"ZWNJ inside a word", "می\u200cخواهم", []span{{"میخواهم", "می\u200cخواهم"}}},
		{"ZWJ inside a word", "ل\u200dا", []span{{"لا", "ل\u200dا"}}},
		{"right-to-left mark after a word", "بوتين\u200f قال", []span{{"بوتين", "بوتين\u200f"}, {"قال", "قال"}}},
		{"Arabic letter mark before a word", "\u061cبوتين", []span{{"بوتين", "بوتين"}}},
		{"soft hyphen", "elec\u00adtion", []span{{"election", "elec\u00adtion"}}},
		{"byte order mark", "\ufeffnews", []span{{"news", "news"}}},
		{"zero-width space still separates", "بوتين\u200bعلييف", same("بوتين", "علييف")},
	})
}
