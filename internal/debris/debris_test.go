package debris

import "testing"

func TestIsDebris(t *testing.T) {
	f := New()
	tests := []struct {
		line string
		want bool
	}{
		{"اقرأ المزيد", true},
		{"إقرأ أيضاً: بوتين يلتقي علييف في دوشنبه", true},
		{"يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)", true},
		{"Sorry, you need to enable JavaScript to visit this website.", true},
		{"ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي نحافظ على مجتمعنا الرقمي، نرجو منكم الالتزام بسياسة الموقع", true},
		{"التالي", true},
		{"السابق", true},
		{"اشترك", true},
		{"Share this article", true},
		{"ADVERTISEMENT", true},
		{"© 2025", true},
		{"— | —", true},
		{"المزيد من تقارير", true},
		// Article text stays.
		{"وقال الرئيس الروسي إن المزيد من الاتفاقات سيوقع قريباً.", false},
		{"بوتين يعتذر!", false},
		{"Read more about how the talks failed in our earlier report, which covered the first round in detail and much more besides that day.", false},
		{"The summit ended with more agreements than expected.", false},
		{"ملخص الاجتماع كان إيجابياً بحسب المصادر.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := f.IsDebris(tt.line); got != tt.want {
				t.Errorf("IsDebris(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestIsCaption(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"أقر بوتين أمام علييف للمرة الأولى بدور روسيا في تحطم طائرة ركاب أذرية عام 2024 (أ ف ب) ", true},
		{"Leaders gather in Dushanbe (AFP via Getty Images)", true},
		{"قادة الدول في القمة (رويترز)", true},
		{"وهو ما علق عليه كوليسنيكوف (مراسل كوميرسانت)", false},
		{"No credit here", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := IsCaption(tt.line); got != tt.want {
				t.Errorf("IsCaption(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func BenchmarkIsDebris(b *testing.B) {
	f := New()
	line := "وقال الرئيس الروسي فلاديمير بوتين في كلمته أمام القادة إن حجم التبادل التجاري ارتفع بنسبة سبعة في المئة."
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		f.IsDebris(line)
	}
}
