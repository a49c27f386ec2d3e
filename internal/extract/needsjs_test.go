package extract

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestNeedsJS(t *testing.T) {
	article := strings.Repeat("أعلنت الحكومة اليوم عن خطة جديدة لدعم الصحفيين في المنطقة، وقال الوزير إن الخطة تبدأ الشهر المقبل. ", 8)
	arabicWall, _ := charmap.Windows1256.NewEncoder().String(`<html><body><p>عذراً، يرجى تفعيل جافا سكريبت في متصفحك لعرض هذا الموقع.</p></body></html>`)
	tests := []struct {
		name   string
		html   string
		text   string
		want   bool
		reason string // a part of the reason
	}{
		{"the sample's wall", `<html><head><title>Independent Arabia</title></head><body><p>Sorry, you need to enable JavaScript to visit this website.</p><script src="/app.js"></script></body></html>`,
			"Sorry, you need to enable JavaScript to visit this website.", true, "JavaScript wall"},
		{"Arabic wall in windows-1256, no meta", arabicWall, "", true, "تفعيل جافا سكريبت"},
		{"create-react-app shell", `<!doctype html><html><head><title>News</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script src="/static/js/main.js"></script></body></html>`,
			"", true, "enable javascript"},
		{"Next.js shell without a notice", `<html><body><div id="__next"><div class="spinner"></div></div><script src="/_next/a.js"></script><script src="/_next/b.js"></script></body></html>`,
			"", true, "empty app shell (<div id=__next>"},
		{"Cloudflare challenge", `<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div class="main-wrapper"><h1>example.com</h1><p>Verifying you are human. This may take a few seconds.</p></div><script>window._cf_chl_opt={cvId:'3'};</script></body></html>`,
			"", true, "Cloudflare"},
		{"a wall notice above a real article", `<html><body><noscript>Sorry, you need to enable JavaScript to visit this website.</noscript><article><p>` + article + `</p></article><script src="/a.js"></script></body></html>`,
			article, false, ""},
		{"server-rendered Next.js page", `<html><body><div id="__next"><article><p>` + article + `</p></article></div><script src="/_next/a.js"></script></body></html>`,
			article[:400], false, ""},
		{"a short page without scripts", `<html><body><p>خبر قصير.</p></body></html>`, "خبر قصير.", false, ""},
		{"JavaScript as a topic", `<html><body><h1>JavaScript frameworks</h1><p>` + strings.Repeat("Developers compare JavaScript frameworks for speed and size. ", 4) + `</p></body></html>`,
			strings.Repeat("Developers compare JavaScript frameworks for speed and size. ", 4), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := NeedsJS([]byte(tt.html), tt.text)
			if got != tt.want || !strings.Contains(strings.ToLower(why), strings.ToLower(tt.reason)) {
				t.Errorf("NeedsJS = %v, %q; want %v, %q", got, why, tt.want, tt.reason)
			}
		})
	}
}

func FuzzNeedsJS(f *testing.F) {
	f.Add([]byte(`<div id="root"></div><script></script>`), "")
	f.Add([]byte(`<p>يرجى تفعيل جافا سكريبت</p>`), "x")
	f.Fuzz(func(t *testing.T, body []byte, text string) {
		NeedsJS(body, text)
	})
}
