package doc

import (
	"strings"
	"testing"
)

// wordStream writes the words of text's tokens: words of one token joined
// by "+", each as form or form=norm when they differ, tokens by spaces.
func wordStream(text string) string {
	var s wordSplitter
	toks := tokenize(text, nil)
	words := s.splitWords(text, toks, nil)
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			if w.Token == words[i-1].Token {
				b.WriteByte('+')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w.Form)
		if w.Norm != w.Form {
			b.WriteString("=" + w.Norm)
		}
	}
	return b.String()
}

func TestSplitWords(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"conjunction and article", "والرئيس", "و+ال+رئيس"},
		{"conjunction, preposition, article", "وبالتأكيد", "و+ب+ال+تأكيد=تاكيد"},
		{"lam-lam is li + al", "للرئيس وللشعب", "ل+ل=ال+رئيس و+ل+ل=ال+شعب"},
		{"lam-lam before a word that begins with lam", "للقاء", "ل+لقاء"},
		{"names that begin with clitic letters stay whole", "بوتين فلاديمير كوليسنيكوف لافروف باكو",
			"بوتين فلاديمير كوليسنيكوف لافروف باكو"},
		{"a name after a real clitic", "لبوتين وبوتين", "ل+بوتين و+بوتين"},
		{"words that begin with waw naturally", "وزير وزارة وقت واضحاً", "وزير وزارة وقت واضحاً=واضحا"},
		{"a longer natural word after waw wins", "وفرنسا وفد وفرت", "و+فرنسا وفد وفرت"},
		{"waw before a function word", "وقد فإن ولم وهو", "و+قد ف+إن=ان و+لم و+هو"},
		{"waw before another two-letter word stays", "وها فوق", "وها فوق"},
		{"short words stay whole", "كل بعد بين لكن في", "كل بعد بين لكن في"},
		{"inflected natural words", "بلديهما كانت لكنه", "بلديهما كانت لكنه"},
		{"relative pronouns and ila are not the article", "التي الذي إليه اليه الآن الله", "التي الذي إليه=اليه اليه الآن=الان الله"},
		{"form VIII verb is not the article", "والتقى", "و+التقى=التقي"},
		{"waw and an article before dal", "والدولة والدمام ووالده والدته والداه والدهما", "و+ال+دولة و+ال+دمام و+والده والدته والداه والدهما"},
		{"article needs two stem letters", "الحل الم", "ال+حل الم"},
		{"preposition needs three stem letters", "بصاروخ بنسبة لحل", "ب+صاروخ ب+نسبة لحل"},
		{"diacritics and tatweel", "وَالرَّئِيسُ بوتيـــن", "وَ=و+ال+رَّئِيسُ=رئيس بوتيـــن=بوتين"},
		{"tatweel article", "الـ80 لـ20", "الـ=ال 80 لـ=ل 20"},
		{"alef maqsura and hamza forms", "إلى أعلى مصطفى", "إلى=الي أعلى=اعلي مصطفى=مصطفي"},
		{"english words are one word each", "Putin's U.S. Visit", "Putin's=putin's U.S.=u.s. Visit=visit"},
		{"numbers are made ascii", "٢٫٥٢ ١٬٨٠٠", "٢٫٥٢=2.52 ١٬٨٠٠=1,800"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := wordStream(tc.text); got != tc.want {
				t.Errorf("words of %q\n got  %s\n want %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestWordOffsets(t *testing.T) {
	text := "قال والرئيس للشعب"
	d := analyse(t, text)
	want := []Word{
		{Token: 0, Start: 0, End: 6, Form: "قال", Norm: "قال"},
		{Token: 1, Start: 7, End: 9, Form: "و", Norm: "و", Clitic: true},
		{Token: 1, Start: 9, End: 13, Form: "ال", Norm: "ال", Clitic: true},
		{Token: 1, Start: 13, End: 21, Form: "رئيس", Norm: "رئيس"},
		{Token: 2, Start: 22, End: 24, Form: "ل", Norm: "ل", Clitic: true},
		{Token: 2, Start: 24, End: 26, Form: "ل", Norm: "ال", Clitic: true},
		{Token: 2, Start: 26, End: 32, Form: "شعب", Norm: "شعب"},
	}
	if len(d.Words) != len(want) {
		t.Fatalf("got %d words %+v, want %d", len(d.Words), d.Words, len(want))
	}
	for i := range want {
		if d.Words[i] != want[i] {
			t.Errorf("word %d: got %+v, want %+v", i, d.Words[i], want[i])
		}
		if w := d.Words[i]; text[w.Start:w.End] != w.Form {
			t.Errorf("word %d: text at [%d,%d) is %q, form %q", i, w.Start, w.End, text[w.Start:w.End], w.Form)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"الرَّئِيسُ", "الرئيس"},
		{"كبــيرة", "كبيرة"},
		{"أإآٱ", "اااا"},
		{"مصطفى", "مصطفي"},
		{"٢٫٥٢", "2.52"},
		{"۱۲", "12"},
		{"Putin", "putin"},
		{"plain", "plain"},
	}
	for _, tc := range tests {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
