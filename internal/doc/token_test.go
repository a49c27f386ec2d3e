package doc

import "testing"

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"arabic words and punctuation", "قال بوتين: نعم، لا؟",
			"قال/w بوتين/w :/p نعم/w ،/p لا/w ؟/p"},
		{"decimal and grouping numbers", "2.52 مليار و1,800 شركة و1.800 و16.2%",
			"2.52/n مليار/w و/w 1,800/n شركة/w و/w 1.800/n و/w 16.2/n %/s"},
		{"arabic-indic digits with arabic separators", "٢٫٥٢ و١٬٨٠٠",
			"٢٫٥٢/n و/w ١٬٨٠٠/n"},
		{"a period after a number is its own token", "عام 2024. وقال",
			"عام/w 2024/n ./p وقال/w"},
		{"guillemets and ascii quotes", `«نحن ندعم» و"آزال"`,
			`«/p نحن/w ندعم/w »/p و/w "/p آزال/w "/p`},
		{"curly and single quotes", `He said “yes” and 'no'.`,
			`He/w said/w “/p yes/w ”/p and/w '/p no/w '/p ./p`},
		{"arabic and latin letters split", "قمةG20 وCNN",
			"قمة/w G20/w و/w CNN/w"},
		{"letters after a number split", "٢٠٢٤م 10km",
			"٢٠٢٤/n م/w 10/n km/w"},
		{"tatweel and diacritics stay in the word", "الـ80 الرَّئِيسُ",
			"الـ/w 80/n الرَّئِيسُ/w"},
		{"apostrophe inside an english word", "Putin's don't",
			"Putin's/w don't/w"},
		{"dotted abbreviations keep their periods", "The U.S. and e.g. Ph.D. at 10 a.m.",
			"The/w U.S./w and/w e.g./w Ph.D./w at/w 10/n a.m./w"},
		{"title abbreviation keeps the period apart", "Mr. Smith",
			"Mr/w ./p Smith/w"},
		{"ellipses are one token", "انفجرا... ربما… ثم",
			"انفجرا/w .../p ربما/w …/p ثم/w"},
		{"ranges split at the hyphen", "2026-2030",
			"2026/n -/p 2030/n"},
		{"bidi marks and zero-width space separate", "a\u200fب\u200bc",
			"a/w ب/w c/w"},
		{"zwnj inside a word stays", "می\u200cخواهم",
			"می\u200cخواهم/w"},
		{"separators not between digits", "1, 2. ,5",
			"1/n ,/p 2/n ./p ,/p 5/n"},
		{"symbols", "$5 + €3 = 😀",
			"$/s 5/n +/s €/s 3/n =/s 😀/s"},
		{"empty", "", ""},
		{"invalid utf-8 is a symbol per byte", "a\xffb",
			"a/w \xff/s b/w"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tokenStream(tokenize(tc.text, nil))
			if got != tc.want {
				t.Errorf("tokenize(%q)\n got  %s\n want %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestTokenOffsets(t *testing.T) {
	text := "قال «بوتين» 2.52"
	got := tokenize(text, nil)
	want := []Token{
		{0, 6, "قال", KindWord},
		{7, 9, "«", KindPunct},
		{9, 19, "بوتين", KindWord},
		{19, 21, "»", KindPunct},
		{22, 26, "2.52", KindNumber},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d tokens %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
