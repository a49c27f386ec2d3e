package extract

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func demoPage(t testing.TB) []byte {
	b, err := os.ReadFile("../../samples/marsad-demo-page.html")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractDemoPage(t *testing.T) {
	var e Extractor
	a, err := e.Extract(demoPage(t), Options{URL: "https://news.example.org/2025/10/10/dushanbe-summit?utm_source=x"})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"title", a.Title, "قمة دوشنبه تطلق برنامج تعاون لأمن الحدود حتى 2030"},
		{"byline", a.Byline, "سارة المنصوري"},
		{"published", a.Published.Format(time.RFC3339), "2025-10-10T14:30:00+05:00"},
		{"lang", a.Lang, "ar"},
		{"site", a.Site, "مرصد الأخبار"},
		{"canonical", a.CanonicalURL, "https://news.example.org/2025/10/10/dushanbe-summit"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	for _, keep := range []string{
		"اختتمت في العاصمة الطاجيكية دوشنبه",
		"وقال الرئيس الروسي فلاديمير بوتين",
		"وأكد الرئيس الأذري إلهام علييف",
		"ومن المقرر أن يلتقي قادة الرابطة مجدداً",
	} {
		if !strings.Contains(a.Text, keep) {
			t.Errorf("text lost %q", keep)
		}
	}
	for _, drop := range []string{
		"اقرأ أيضاً", "بوتين يلتقي علييف على هامش القمة", "الأكثر قراءة", "أسعار الذهب", "جميع الحقوق محفوظة",
		"ملفات تعريف الارتباط", "الرئيسية", "(أ ف ب)", "شارك", "وسوم", "غائم جزئياً",
	} {
		if strings.Contains(a.Text, drop) {
			t.Errorf("text keeps debris %q:\n%s", drop, a.Text)
		}
	}
	if n := strings.Count(a.Text, "\n\n") + 1; n != 4 {
		t.Errorf("paragraphs = %d, want 4:\n%s", n, a.Text)
	}
}

// arabicPage builds a news page with the given head and an Arabic body long
// enough for the extractor.
func arabicPage(head string) string {
	p := "<p>وقال الرئيس الروسي فلاديمير بوتين في مؤتمر صحافي عقده في العاصمة الطاجيكية إن بلاده مستعدة لتعويض ضحايا الطائرة الأذرية، مؤكداً أن التحقيق سيكشف كل الظروف المحيطة بالحادث.</p>"
	return "<html>" + head + "<body><article><h1>بوتين يعتذر لعلييف في دوشنبه</h1>" + strings.Repeat(p, 4) + "</article></body></html>"
}

func TestExtractCharsets(t *testing.T) {
	const want = "وقال الرئيس الروسي فلاديمير بوتين"
	cp1256 := func(s string) []byte {
		b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name        string
		body        []byte
		contentType string
	}{
		{"utf-8 declared wrongly as windows-1256", []byte(arabicPage(`<head><meta charset="windows-1256"></head>`)), ""},
		{"utf-8 with a wrong header", []byte(arabicPage("")), "text/html; charset=iso-8859-1"},
		{"windows-1256 from the header", cp1256(arabicPage("")), "text/html; charset=windows-1256"},
		{"windows-1256 from meta", cp1256(arabicPage(`<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>`)), ""},
		{"windows-1256 undeclared", cp1256(arabicPage("")), ""},
	}
	var e Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Extract(tt.body, Options{ContentType: tt.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, want) || a.Title != "بوتين يعتذر لعلييف في دوشنبه" {
				t.Errorf("got title %q text %.80q, want Arabic decoded right", a.Title, a.Text)
			}
		})
	}
}

func TestExtractArabicDates(t *testing.T) {
	tests := []struct {
		name, head, dateLine, want string
	}{
		{"levantine month in a date block", "", `<div class="article-date">الخميس 8 كانون الثاني 2026</div>`, "2026-01-08"},
		{"double form with Arabic-Indic digits", "", `<span class="date">٣ آب/أغسطس ٢٠١٣</span>`, "2013-08-03"},
		{"maghrebi month", "", `<p class="post-meta">نشر في 14 جويلية 2025</p>`, "2025-07-14"},
		{"hijri only", "", `<span class="date">15 رمضان 1445 هـ</span>`, "2024-03-25"},
		{"meta wins over text", `<head><meta property="article:published_time" content="2024-05-01T10:00:00Z"></head>`, `<span class="date">3 آب 2013</span>`, "2024-05-01"},
	}
	var e Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := strings.Replace(arabicPage(tt.head), "</h1>", "</h1>"+tt.dateLine, 1)
			a, err := e.Extract([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format("2006-01-02"); got != tt.want {
				t.Errorf("published = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestExtractBadInput(t *testing.T) {
	var e Extractor
	tests := []struct {
		name string
		body []byte
	}{
		{"empty", nil},
		{"blank", []byte(" \n\t ")},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")},
		{"no article", []byte("<html><body><nav><a href='/'>Home</a></nav></body></html>")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Extract(tt.body, Options{})
			if err == nil {
				t.Fatalf("got article %+v, want an error", a)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q is not one line", err)
			}
		})
	}
	// Truncated HTML still yields what it holds.
	page := demoPage(t)
	cut := page[:bytes.Index(page, []byte("وأكد الرئيس الأذري"))]
	a, err := e.Extract(cut, Options{})
	if err != nil || !strings.Contains(a.Text, "اختتمت في العاصمة الطاجيكية") {
		t.Errorf("truncated page: err %v, article %+v", err, a)
	}
	// Invalid UTF-8 inside an otherwise UTF-8 page comes out valid.
	bad := bytes.Replace(page, []byte("اختتمت"), []byte("اختتمت\xff\xfe"), 1)
	if a, err := e.Extract(bad, Options{}); err != nil || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		t.Errorf("invalid UTF-8 page: err %v", err)
	}
	if _, err := e.Extract([]byte("<html><body><p>short</p></body></html>"), Options{}); err != nil && !errors.Is(err, ErrNoArticle) {
		t.Errorf("short page: err %v, want nil or ErrNoArticle", err)
	}
}

func TestVerdict(t *testing.T) {
	menu := strings.Repeat("الأخبار آخر الأخبار رياضة ثقافة السياحة في لبنان حال الطقس منوعات ", 60)
	prose := strings.Repeat("وقال الرئيس إن المحادثات كانت مثمرة. ", 60)
	tests := []struct {
		name  string
		paras []string
		want  string
	}{
		{"menu wall", []string{menu}, "wall of text"},
		{"prose", []string{prose}, ""},
		{"too short", []string{"قصير جداً."}, "too short"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := verdict(tt.paras, nil); got != tt.want {
				t.Errorf("verdict = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStripSiteSuffix(t *testing.T) {
	tests := []struct{ title, site, host, want string }{
		{"Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung", "Börsen-Zeitung", "boersen-zeitung.de", "Steigende US-Zinsen setzen Dax zu"},
		{"Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir? – DW – 13.06.2023", "DW", "dw.com", "Post-Vac-Syndrom nach COVID-19-Impfung: Was wissen wir?"},
		{"Bericht: Aktivistin getötet - Irans Justiz dementiert", "tagesschau.de", "tagesschau.de", "Bericht: Aktivistin getötet - Irans Justiz dementiert"},
		{"قمة دوشنبه | مرصد الأخبار", "مرصد الأخبار", "example.org", "قمة دوشنبه"},
		{"Biden meets Xi at the summit - Summit in California", "BBC News", "m.bbc.com", "Biden meets Xi at the summit - Summit in California"},
		{"Oil prices rise again - Markets and energy", "Reuters", "ar.reuters.com", "Oil prices rise again - Markets and energy"},
		{"Oil prices rise again · Reuters", "", "ar.reuters.com", "Oil prices rise again"},
		{"Krieg in Nahost · DW", "DW", "dw.com", "Krieg in Nahost"},
	}
	for _, tt := range tests {
		if got := stripSiteSuffix(tt.title, tt.site, tt.host); got != tt.want {
			t.Errorf("stripSiteSuffix(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(demoPage(f))
	f.Add([]byte("<html><body><p>نص</p>"))
	f.Add([]byte("<p>\xff\xfe<div><<<>>></p>"))
	var e Extractor
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := e.Extract(body, Options{})
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Byline) {
			t.Fatalf("invalid UTF-8 in the article")
		}
	})
}

func TestBylineDropsSectionsAndSite(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"section as author", `<head><meta name="author" content="منوعات"><meta property="article:section" content="منوعات"></head>`, ""},
		{"site as author", `<head><meta name="author" content="LBCI"><meta property="og:site_name" content="LBCI"></head>`, ""},
		{"person kept", `<head><meta name="author" content="رنيم حنوش"><meta property="article:section" content="سياسة"></head>`, "رنيم حنوش"},
	}
	var e Extractor
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Extract([]byte(arabicPage(tt.head)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tt.want {
				t.Errorf("byline = %q, want %q", a.Byline, tt.want)
			}
		})
	}
}

func TestCleanKeepsArabicParagraphsWithoutFullStops(t *testing.T) {
	var e Extractor
	paras := []string{
		"أعلنت وزارة الصحة في بيان صدر صباح اليوم أن عدد الضحايا ارتفع إلى أكثر من مئة شخص.",
		"المزيد من الضحايا تحت الأنقاض",
		"وقال مسؤول في الدفاع المدني إن فرق الإنقاذ تواصل البحث عن ناجين في المباني المنهارة منذ ساعات الفجر الأولى",
		"وأضاف أن الوضع الإنساني كارثي في المناطق المتضررة وأن المستشفيات تعمل بأكثر من طاقتها بكثير",
		"التالي",
		"عنوان مقال آخر لا علاقة له بالخبر",
	}
	got := e.clean(paras, "")
	for _, keep := range paras[:4] {
		if !strings.Contains(got, keep) {
			t.Errorf("lost %q", keep)
		}
	}
	for _, drop := range paras[4:] {
		if strings.Contains(got, drop) {
			t.Errorf("kept navigation %q", drop)
		}
	}
}

func TestDeclaredLanguageOfAnotherScript(t *testing.T) {
	var e Extractor
	a, err := e.Extract([]byte(strings.Replace(arabicPage(""), "<html>", `<html lang="en" dir="rtl">`, 1)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Lang != "ar" {
		t.Errorf("lang = %q, want ar (the text is Arabic whatever the template says)", a.Lang)
	}
}

func TestDeepNestingIsAClearError(t *testing.T) {
	var e Extractor
	page := "<html><body>" + strings.Repeat("<div>", 600) + "<p>نص</p>" + strings.Repeat("</div>", 600) + "</body></html>"
	_, err := e.Extract([]byte(page), Options{})
	if err == nil || !strings.Contains(err.Error(), "512 deep") {
		t.Errorf("err = %v, want a message about nesting depth", err)
	}
}
