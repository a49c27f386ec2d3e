package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct{ text, want string }{
		{"قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للتعاون مع أذربيجان.", "ar"},
		{"The Russian president said his country was ready to compensate the victims.", "en"},
		{"Der russische Präsident sagte, sein Land sei bereit, die Opfer zu entschädigen.", "de"},
		{"رئیس جمهور روسیه گفت که کشورش آماده همکاری با جمهوری آذربایجان است و این پیام را به همه رساند.", "fa"},
		{"1234 5678 !!!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%.40q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func BenchmarkDetectArabic(b *testing.B) {
	s := "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للتعاون مع أذربيجان في كل المجالات. "
	for len(s) < 4096 {
		s += s
	}
	b.SetBytes(sampleBytes)
	for b.Loop() {
		Detect(s)
	}
}
