package terms

import (
	"slices"
	"testing"
)

func TestWordTokenizer(t *testing.T) {
	runStreamTests(t, pipeline{tok: wordTokenizer{}}, []streamTest{
		{"empty", "", nil},
		{"only punctuation", " ... «» — !", nil},
		{"Arabic words and punctuation", "«بوتين»، يزور دوشنبه!", same("بوتين", "يزور", "دوشنبه")},
		{"English words", "Putin visits Dushanbe.", same("Putin", "visits", "Dushanbe")},
		{"decimal number", "نمو 2.52 بالمئة", same("نمو", "2.52", "بالمئة")},
		{"Arabic-Indic decimal number", "٢٫٥٢", same("٢٫٥٢")},
		{"thousands", "1,800 و١٬٨٠٠", same("1,800", "و", "١٬٨٠٠")},
		{"separator not between digits", "2, 3. 4.", same("2", "3", "4")},
		{"dates and times split", "12/05/2024 14:30", same("12", "05", "2024", "14", "30")},
		{"Arabic then Latin without space", "قمةG20", same("قمة", "G20")},
		{"Latin then Arabic without space", "COVIDكورونا", same("COVID", "كورونا")},
		{"Arabic letters and digits split", "٢٠٢٤م 2024م", same("٢٠٢٤", "م", "2024", "م")},
		{"Latin letters and digits join", "F16 5G G7", same("F16", "5G", "G7")},
		{"apostrophes inside English words", "Putin's don’t", same("Putin's", "don’t")},
		{"apostrophes at the edges", "'quoted' rock'n'roll 90's", same("quoted", "rock'n'roll", "90", "s")},
		{"hyphen splits", "al-Assad COVID-19", same("al", "Assad", "COVID", "19")},
		{"combining marks stay in their word", "cafe\u0301 \u0301x", same("cafe\u0301", "x")},
		{"other scripts", "Москва 北京 नमस्ते", same("Москва", "北京", "नमस्ते")},
		{"zero-width space separates", "a\u200bb", same("a", "b")},
		{"invalid UTF-8 separates", "ab\xffcd", same("ab", "cd")},
	})
}

func TestWordTokenizerKinds(t *testing.T) {
	tests := []struct {
		input string
		want  []kind
	}{
		{"بوتين Putin 2.52", []kind{kindArabic, kindWord, kindNumber}},
		{"٢٫٥٢ 5G G20", []kind{kindNumber, kindWord, kindWord}},
		{"ﷺ Москва", []kind{kindArabic, kindWord}},
	}
	for _, tc := range tests {
		t.Run(tc.input, func(t *testing.T) {
			var got []kind
			for _, tok := range (wordTokenizer{}).tokenize(nil, []byte(tc.input)) {
				got = append(got, tok.kind)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("kinds of %q: got %v, want %v", tc.input, got, tc.want)
			}
		})
	}
}
