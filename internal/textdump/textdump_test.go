package textdump

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// The sample is ../../samples/independent-arabia-putin-aliyev-dushanbe.txt,
// bundled with marsad as its demo input.
func readSample(t testing.TB) string {
	b, err := os.ReadFile("testdata/independent-arabia-putin-aliyev-dushanbe.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReadSample(t *testing.T) {
	raw := readSample(t)
	a, err := New().Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	if want := "النسخة السوفياتية لبوتين: مصالحة علييف ولم شمل آسيا الوسطى"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	if want := "الرئيس الروسي يتمسك بنهج بطرس الأعظم في استعادة ما وصل إليه من أراض"; a.Description != want {
		t.Errorf("standfirst = %q, want %q", a.Description, want)
	}
	for _, debris := range []string{
		"Sorry, you need to enable JavaScript",
		"اقرأ المزيد",
		"يحتوي هذا القسم على المقلات ذات صلة",
		"Related Nodes field",
		"المزيد من تقارير",
		"(أ ف ب)",
		"أقر بوتين أمام علييف للمرة الأولى", // the caption the credit belongs to
	} {
		if strings.Contains(a.Text, debris) {
			t.Errorf("text keeps debris %q", debris)
		}
	}
	// Every paragraph of the report is kept, the first and the last
	// included, and the section headings with them.
	for _, para := range []string{
		"طوى الرئيسان بوتين وعلييف صفحة",
		"فيما يبدو أنه محاولة من جانب روسيا",
		"بوتين يعتذر!",
		"وننقل عن \"كوميرسانت\" ما قاله بوتين",
		"وبم رد إلهام علييف؟",
		"ومن هنا فقد حضر اجتماع القمة في دوشنبه",
		"وماذا بعد؟",
		"وبرنامجاً للتعاون العسكري حتى عام 2030.",
	} {
		if !strings.Contains(a.Text, para) {
			t.Errorf("text lost %q", para)
		}
	}
	// The dump has 37 lines with text: the script wall, title, standfirst,
	// caption, the label «ملخص», two «اقرأ المزيد», the CMS label and
	// «المزيد من تقارير» go, 28 paragraphs of the report stay.
	got := strings.Count(a.Text, "\n\n") + 1
	if want := 28; got != want {
		t.Errorf("paragraphs = %d, want %d", got, want)
	}
}

func TestReadEdgeCases(t *testing.T) {
	r := New()
	if _, err := r.Read(""); err != ErrEmpty {
		t.Errorf("empty dump: err = %v, want ErrEmpty", err)
	}
	if _, err := r.Read("اقرأ المزيد\n\nSorry, you need to enable JavaScript to visit this website.\n"); err != ErrEmpty {
		t.Errorf("debris-only dump: err = %v, want ErrEmpty", err)
	}
	a, err := r.Read("A single line of text that is the whole article.")
	if err != nil || a.Title != "" || a.Text == "" {
		t.Errorf("one line: got title %q text %q err %v; want no title and the line as text", a.Title, a.Text, err)
	}
	a, err = r.Read("Title\r\n\r\nBody line one, a real sentence.\r\nBody line two.\r\n")
	if err != nil || a.Title != "Title" || strings.Contains(a.Text, "\r") {
		t.Errorf("CRLF dump: got %+v, %v", a, err)
	}
	a, err = r.Read("Bad \xff\xfe bytes here.\nMore text.")
	if err != nil || !utf8.ValidString(a.Text) {
		t.Errorf("invalid UTF-8: text %q not valid, err %v", a.Text, err)
	}
}

func TestLooks(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"عنوان\n\nنص المقال.", true},
		{"<!DOCTYPE html><html><body>x</body></html>", false},
		{"<div>x</div>", false},
		{`{"title": "x"}`, false},
		{"", false},
		{"\xff\xfe\x00binary", false},
	}
	for _, tt := range tests {
		if got := Looks([]byte(tt.in)); got != tt.want {
			t.Errorf("Looks(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(readSample(f))
	f.Add("title\n\nbody.")
	f.Add("\xff\n(أ ف ب)\nاقرأ المزيد")
	r := New()
	f.Fuzz(func(t *testing.T, s string) {
		a, err := r.Read(s)
		if err != nil {
			if err != ErrEmpty {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("invalid UTF-8 out")
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Fatalf("empty text without ErrEmpty")
		}
	})
}

func BenchmarkRead(b *testing.B) {
	s := readSample(b)
	r := New()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if _, err := r.Read(s); err != nil {
			b.Fatal(err)
		}
	}
}

func TestReadDateLine(t *testing.T) {
	r := New()
	a, err := r.Read("عنوان الخبر هنا\n\nالخميس 8 يناير 2026 - 12:30\n\nنص الخبر الأول وهو جملة كاملة من المقال.")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.Format("2006-01-02 15:04"); got != "2026-01-08 12:30" {
		t.Errorf("published = %s, want 2026-01-08 12:30", got)
	}
	if strings.Contains(a.Text, "يناير") {
		t.Errorf("date line kept in text: %q", a.Text)
	}
	a, err = r.Read("Outlook\n\nOutlook for the economy in March 2025 and beyond\n\nThe body, a sentence of the article.")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.IsZero() {
		t.Errorf("heading taken as a date line: published = %v", a.Published)
	}
}
