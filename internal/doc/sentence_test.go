package doc

import (
	"strings"
	"testing"
)

// sentenceTexts returns the text of each sentence of text.
func sentenceTexts(tb testing.TB, text string, hardWrapped bool) []string {
	tb.Helper()
	toks := tokenize(text, nil)
	var out []string
	for _, s := range splitSentences(text, toks, nil, hardWrapped) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"arabic full stop and question mark", "وصل بوتين. هل التقى علييف؟ نعم!",
			[]string{"وصل بوتين.", "هل التقى علييف؟", "نعم!"}},
		{"arabic semicolon ends, arabic comma does not", "ارتفع الحجم، وتراجع العجز؛ لذلك تفاءل الجميع.",
			[]string{"ارتفع الحجم، وتراجع العجز؛", "لذلك تفاءل الجميع."}},
		{"decimal numbers", "ليصل إلى 2.52 مليار دولار. وارتفع 1.800 مرة.",
			[]string{"ليصل إلى 2.52 مليار دولار.", "وارتفع 1.800 مرة."}},
		{"quotation closed by .» then a new sentence", "قال بوتين «نحن ندعم القرار.» وأضاف أنه سعيد.",
			[]string{"قال بوتين «نحن ندعم القرار.»", "وأضاف أنه سعيد."}},
		{"quotation closed by .» then a cue verb", "«نحن ندعم القرار.» قال بوتين في دوشنبه.",
			[]string{"«نحن ندعم القرار.» قال بوتين في دوشنبه."}},
		{"quotation with ؟ then a cue verb", "\"هل توافق؟\" سأل الصحافي.",
			[]string{"\"هل توافق؟\" سأل الصحافي."}},
		{"quotation closed then comma", "«لن نتراجع.»، قال علييف.",
			[]string{"«لن نتراجع.»، قال علييف."}},
		{"sentences inside a quotation", "قال \"أولاً، شكراً. ثانياً، مرحباً\". ثم غادر.",
			[]string{"قال \"أولاً، شكراً.", "ثانياً، مرحباً\".", "ثم غادر."}},
		{"english quotation then lower-case cue", `"We agree." he said. Then he left.`,
			[]string{`"We agree." he said.`, "Then he left."}},
		{"english quotation then a new sentence", `He said: "We agree." The talks ended.`,
			[]string{`He said: "We agree."`, "The talks ended."}},
		{"ellipsis inside a sentence", "بل انفجرا... ربما كان انفجاراً ذاتياً… على بعد أمتار.",
			[]string{"بل انفجرا... ربما كان انفجاراً ذاتياً… على بعد أمتار."}},
		{"english titles", "Mr. Smith met Dr. Jones in Jan. 2024. They talked.",
			[]string{"Mr. Smith met Dr. Jones in Jan. 2024.", "They talked."}},
		{"dotted abbreviations", "Talks in the U.S. ended at 10 a.m. on Monday, e.g. here. Next came more.",
			[]string{"Talks in the U.S. ended at 10 a.m. on Monday, e.g. here.", "Next came more."}},
		{"dotted abbreviation ends a sentence before a starter", "He lives in the U.S. The talks ended.",
			[]string{"He lives in the U.S.", "The talks ended."}},
		{"initials", "A. B. Smith and John F. Kennedy met.",
			[]string{"A. B. Smith and John F. Kennedy met."}},
		{"etc. before a starter", "apples, pears etc. But not plums.",
			[]string{"apples, pears etc.", "But not plums."}},
		{"arabic abbreviations", "قال د. محمد إن م. أحمد وصل ص. 12 من التقرير.",
			[]string{"قال د. محمد إن م. أحمد وصل ص. 12 من التقرير."}},
		{"arabic era letter after a year ends a sentence", "ولد عام 1950 م. وتوفي عام 2020 م.",
			[]string{"ولد عام 1950 م.", "وتوفي عام 2020 م."}},
		{"urls and lower-case after a period", "see example.com for details. visit now.",
			[]string{"see example.com for details. visit now."}},
		{"paragraph break ends a sentence", "بوتين يعتذر!\n\nحشد بوتين أعضاء فريقه.\n\nاقرأ المزيد\n\nالمزيد من تقارير",
			[]string{"بوتين يعتذر!", "حشد بوتين أعضاء فريقه.", "اقرأ المزيد", "المزيد من تقارير"}},
		{"a line break ends a sentence", "عنوان الخبر\nنص الخبر",
			[]string{"عنوان الخبر", "نص الخبر"}},
		{"a paragraph break after an abbreviation", "Dr.\n\nNext",
			[]string{"Dr.", "Next"}},
		{"numbered list", "1. Introduction\n2. Method",
			[]string{"1. Introduction", "2. Method"}},
		{"doubled marks", "حقاً؟! نعم.", []string{"حقاً؟!", "نعم."}},
		{"closing bracket after the mark", "(وهذا مهم.) وانتهى.", []string{"(وهذا مهم.)", "وانتهى."}},
		{"empty", "", nil},
		{"only spaces", "  \n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(t, tc.text, false)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") || len(got) != len(tc.want) {
				t.Errorf("sentences of %q\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSplitSentencesHardWrapped(t *testing.T) {
	text := "The talks\nwent on.\n\nThey ended"
	got := sentenceTexts(t, text, true)
	want := []string{"The talks\nwent on.", "They ended"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSplitSentencesSample checks the sentences of the bundled report: their
// number, and the boundaries that are easy to get wrong.
func TestSplitSentencesSample(t *testing.T) {
	text := readSample(t)
	got := sentenceTexts(t, text, false)
	if len(got) != 79 {
		t.Errorf("got %d sentences, want 79", len(got))
	}
	wantWhole := []string{
		"Sorry, you need to enable JavaScript to visit this website.",
		"بوتين يعتذر!",
		"وبم رد إلهام علييف؟",
		"أود أن أكرر هذا وأؤكده، وأقول إنه كما اتفقنا، سنقدم كل مساعدة ممكنة للتحقيق\".",
		// An ellipsis inside a quotation does not end the sentence.
		"وأكد بوتين أن \"الصاروخين اللذين أطلقا لم يصيبا الطائرة مباشرة، ولو حدث ذلك لكانت تحطمت على الفور، بل انفجرا... ربما كان انفجاراً ذاتياً... على بعد أمتار قليلة، في مكان ما حول 10 أمتار.",
		// A quotation closed by ". and then a new quotation.
		"ومع ذلك تبقى الحقيقة واقعة\".",
		// 2.52 is a number.
		"كما أن حجم التجارة بين البلدين ارتفع بنسبة تقارب 40 في المئة على أساس سنوي خلال الفترة من يناير (كانون الثاني) إلى أبريل (نيسان) الماضيين فحسب، وبنسبة 16.2 في المئة في النصف الأول من العام الحالي، ليصل إلى 2.52 مليار دولار.",
		"قمة \"روسيا – آسيا الوسطى\"",
		"اقرأ المزيد",
		"المزيد من تقارير",
	}
	have := map[string]bool{}
	for _, s := range got {
		have[s] = true
	}
	for _, w := range wantWhole {
		if !have[w] {
			t.Errorf("no sentence %q", w)
		}
	}
}

// TestHasArabic: Arabic script anywhere in a string, and none in Latin.
func TestHasArabic(t *testing.T) {
	for s, want := range map[string]bool{"قال": true, "Putin قال": true, "Putin": false, "": false, "ﻻ": true} {
		if got := HasArabic(s); got != want {
			t.Errorf("HasArabic(%q) = %v, want %v", s, got, want)
		}
	}
}
