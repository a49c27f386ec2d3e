package terms

import "testing"

func TestArabicMarks(t *testing.T) {
	runStreamTests(t, withCharFilters(arabicMarks{}), []streamTest{
		{"no marks", "الرئيس الروسي", same("الرئيس", "الروسي")},
		{"harakat and tanwin", "كَبِيرَةٌ جِدًّا", []span{{"كبيرة", "كَبِيرَةٌ"}, {"جدا", "جِدًّا"}}},
		{"shadda and sukun", "مُحَمَّدْ", []span{{"محمد", "مُحَمَّدْ"}}},
		{"superscript alef", "هٰذا", []span{{"هذا", "هٰذا"}}},
		{"tatweel inside a word", "كبــيرة", []span{{"كبيرة", "كبــيرة"}}},
		{"tatweel at the end belongs to the word", "بوتيـــن قال", []span{{"بوتين", "بوتيـــن"}, {"قال", "قال"}}},
		{"tatweel at the start is left out", "ـقال", []span{{"قال", "قال"}}},
		{"Quranic marks (a pause mark after a space is no part of a word)", "الرَّحِيمِ ۝ ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ", []span{
			{"الرحيم", "الرَّحِيمِ"}, {"ذلك", "ذَٰلِكَ"}, {"ٱلكتب", "ٱلْكِتَٰبُ"},
			{"لا", "لَا"}, {"ريب", "رَيْبَ"}, {"فيه", "فِيهِ"},
		}},
		{"honorific sign", "محمد\u0610", []span{{"محمد", "محمد\u0610"}}},
		{"Latin accents are not Arabic marks", "cafe\u0301", []span{{"cafe\u0301", "cafe\u0301"}}},
	})
}
